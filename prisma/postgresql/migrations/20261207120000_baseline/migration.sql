-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Division" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summaryTh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "queuePrefix" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Division_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "divisionId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "processingDays" INTEGER NOT NULL,
    "processingBasis" TEXT NOT NULL,
    "processingNoteTh" TEXT NOT NULL DEFAULT '',
    "processingNoteEn" TEXT NOT NULL DEFAULT '',
    "feeTh" TEXT,
    "feeEn" TEXT,
    "criteriaTh" TEXT NOT NULL DEFAULT '',
    "criteriaEn" TEXT NOT NULL DEFAULT '',
    "legalBasisTh" TEXT NOT NULL DEFAULT '',
    "legalBasisEn" TEXT NOT NULL DEFAULT '',
    "documents" TEXT NOT NULL DEFAULT '[]',
    "steps" TEXT NOT NULL DEFAULT '[]',
    "channels" TEXT NOT NULL DEFAULT '["counter"]',
    "keywords" TEXT NOT NULL DEFAULT '[]',
    "form" TEXT NOT NULL DEFAULT '{"fields":[]}',
    "routing" TEXT NOT NULL DEFAULT '[]',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resultTemplateTh" TEXT NOT NULL DEFAULT '',
    "resultTemplateEn" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT 'none',
    "identityCheck" TEXT NOT NULL DEFAULT 'before_processing',
    "eligibility" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL DEFAULT 'service',
    "acknowledgeDays" INTEGER,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "trackingToken" TEXT NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "divisionId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "applicant" TEXT NOT NULL,
    "applicantKey" TEXT,
    "identitySource" TEXT NOT NULL,
    "identityDetail" TEXT NOT NULL DEFAULT '',
    "kioskId" INTEGER,
    "apiKeyId" INTEGER,
    "description" TEXT,
    "mediaUrl" TEXT,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "locationText" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "eligibilityFlags" TEXT NOT NULL DEFAULT '[]',
    "identityVerifiedAt" TIMESTAMP(3),
    "surveyedAt" TIMESTAMP(3),
    "dueDate" TEXT NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "pausedSince" TEXT,
    "defectRequests" INTEGER NOT NULL DEFAULT 0,
    "overdueNotices" INTEGER NOT NULL DEFAULT 0,
    "acceptedAt" TIMESTAMP(3),
    "ticketStatus" TEXT,
    "ticketCalledAt" TIMESTAMP(3),
    "ticketCounter" INTEGER,
    "ticketCalledBy" INTEGER,
    "queueDate" TEXT,
    "queueTicket" TEXT,
    "idempotencyKey" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'service',
    "acknowledgeBy" TEXT,
    "mergedIntoId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "messageTh" TEXT NOT NULL DEFAULT '',
    "messageEn" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '{}',
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "email" TEXT,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "twoFactorEnabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "counterNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "issuer" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "password" TEXT,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffVerification" (
    "id" SERIAL NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffTwoFactor" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "backupCodes" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "failedVerificationCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastUsedStep" INTEGER,

    CONSTRAINT "StaffTwoFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "until" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StaffDivision" (
    "staffUserId" INTEGER NOT NULL,
    "divisionId" INTEGER NOT NULL,

    CONSTRAINT "StaffDivision_pkey" PRIMARY KEY ("staffUserId","divisionId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL DEFAULT '',
    "subjectId" TEXT NOT NULL DEFAULT '',
    "personKey" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SeedMark" (
    "item" TEXT NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedMark_pkey" PRIMARY KEY ("item")
);

-- CreateTable
CREATE TABLE "KioskDevice" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "KioskDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "services" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttestationNonce" (
    "nonce" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "AttestationNonce_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "requestId" INTEGER NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "staffId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "divisionId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "process" INTEGER NOT NULL,
    "staff" INTEGER NOT NULL,
    "time" INTEGER NOT NULL,
    "facilities" INTEGER NOT NULL,
    "information" INTEGER NOT NULL,
    "overall" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityRecipient" (
    "id" SERIAL NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "divisionId" INTEGER,
    "publicKey" BYTEA NOT NULL,
    "secretKeyBox" BYTEA NOT NULL,
    "pwSalt" BYTEA NOT NULL,
    "pwOpsLimit" INTEGER NOT NULL,
    "pwMemLimit" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityReport" (
    "id" TEXT NOT NULL,
    "contentBox" BYTEA NOT NULL,
    "receiptLookup" TEXT NOT NULL,
    "receiptKeyBox" BYTEA NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "outcome" TEXT,
    "closedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "extensionBox" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrityReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityReportKey" (
    "reportId" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "sealedKey" BYTEA NOT NULL,

    CONSTRAINT "IntegrityReportKey_pkey" PRIMARY KEY ("reportId","recipientId")
);

-- CreateTable
CREATE TABLE "IntegrityMessage" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "recipientId" INTEGER,
    "bodyBox" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityFile" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "metaBox" BYTEA NOT NULL,
    "addedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityAccessLog" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT,
    "actor" TEXT NOT NULL,
    "recipientId" INTEGER,
    "action" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Division_code_key" ON "Division"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

-- CreateIndex
CREATE INDEX "Service_divisionId_idx" ON "Service"("divisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Request_trackingToken_key" ON "Request"("trackingToken");

-- CreateIndex
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Request_divisionId_status_dueDate_idx" ON "Request"("divisionId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Request_divisionId_queueDate_ticketStatus_idx" ON "Request"("divisionId", "queueDate", "ticketStatus");

-- CreateIndex
CREATE INDEX "Request_divisionId_updatedAt_idx" ON "Request"("divisionId", "updatedAt");

-- CreateIndex
CREATE INDEX "Request_divisionId_fiscalYear_status_idx" ON "Request"("divisionId", "fiscalYear", "status");

-- CreateIndex
CREATE INDEX "Request_status_dueDate_idx" ON "Request"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Request_applicantKey_idx" ON "Request"("applicantKey");

-- CreateIndex
CREATE INDEX "Request_createdAt_idx" ON "Request"("createdAt");

-- CreateIndex
CREATE INDEX "Request_divisionId_kind_status_dueDate_idx" ON "Request"("divisionId", "kind", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Request_mergedIntoId_idx" ON "Request"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Request_fiscalYear_sequence_key" ON "Request"("fiscalYear", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Request_divisionId_queueDate_queueTicket_key" ON "Request"("divisionId", "queueDate", "queueTicket");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffSession_token_key" ON "StaffSession"("token");

-- CreateIndex
CREATE INDEX "StaffSession_userId_idx" ON "StaffSession"("userId");

-- CreateIndex
CREATE INDEX "StaffAccount_userId_idx" ON "StaffAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_issuer_accountId_key" ON "StaffAccount"("issuer", "accountId");

-- CreateIndex
CREATE INDEX "StaffVerification_identifier_idx" ON "StaffVerification"("identifier");

-- CreateIndex
CREATE INDEX "StaffTwoFactor_userId_idx" ON "StaffTwoFactor"("userId");

-- CreateIndex
CREATE INDEX "SignInThrottle_updatedAt_idx" ON "SignInThrottle"("updatedAt");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_personKey_idx" ON "AuditLog"("personKey");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_name_key" ON "KioskDevice"("name");

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_deviceId_key" ON "KioskDevice"("deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "AttestationNonce_expiresAt_idx" ON "AttestationNonce"("expiresAt");

-- CreateIndex
CREATE INDEX "Attachment_requestId_idx" ON "Attachment"("requestId");

-- CreateIndex
CREATE INDEX "MailMessage_status_nextAttemptAt_idx" ON "MailMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailMessage_requestId_idx" ON "MailMessage"("requestId");

-- CreateIndex
CREATE INDEX "SurveyResponse_fiscalYear_serviceId_idx" ON "SurveyResponse"("fiscalYear", "serviceId");

-- CreateIndex
CREATE INDEX "SurveyResponse_month_idx" ON "SurveyResponse"("month");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrityRecipient_staffUserId_key" ON "IntegrityRecipient"("staffUserId");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrityReport_receiptLookup_key" ON "IntegrityReport"("receiptLookup");

-- CreateIndex
CREATE INDEX "IntegrityReport_expiresAt_idx" ON "IntegrityReport"("expiresAt");

-- CreateIndex
CREATE INDEX "IntegrityReportKey_recipientId_idx" ON "IntegrityReportKey"("recipientId");

-- CreateIndex
CREATE INDEX "IntegrityMessage_reportId_idx" ON "IntegrityMessage"("reportId");

-- CreateIndex
CREATE INDEX "IntegrityFile_reportId_idx" ON "IntegrityFile"("reportId");

-- CreateIndex
CREATE INDEX "IntegrityAccessLog_reportId_idx" ON "IntegrityAccessLog"("reportId");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "KioskDevice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAccount" ADD CONSTRAINT "StaffAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffTwoFactor" ADD CONSTRAINT "StaffTwoFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffDivision" ADD CONSTRAINT "StaffDivision_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffDivision" ADD CONSTRAINT "StaffDivision_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailMessage" ADD CONSTRAINT "MailMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityReportKey" ADD CONSTRAINT "IntegrityReportKey_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityReportKey" ADD CONSTRAINT "IntegrityReportKey_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "IntegrityRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityMessage" ADD CONSTRAINT "IntegrityMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityFile" ADD CONSTRAINT "IntegrityFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

