-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Request" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "latitude" REAL,
    "longitude" REAL,
    "eligibilityFlags" TEXT NOT NULL DEFAULT '[]',
    "identityVerifiedAt" DATETIME,
    "surveyedAt" DATETIME,
    "dueDate" TEXT NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "pausedSince" TEXT,
    "defectRequests" INTEGER NOT NULL DEFAULT 0,
    "overdueNotices" INTEGER NOT NULL DEFAULT 0,
    "acceptedAt" DATETIME,
    "ticketStatus" TEXT,
    "ticketCalledAt" DATETIME,
    "ticketCounter" INTEGER,
    "ticketCalledBy" INTEGER,
    "queueDate" TEXT,
    "queueTicket" TEXT,
    "idempotencyKey" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'service',
    "acknowledgeBy" TEXT,
    "mergedIntoId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Request_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "KioskDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Request_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("acceptedAt", "answers", "apiKeyId", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "defectRequests", "description", "divisionId", "dueDate", "eligibilityFlags", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "identityVerifiedAt", "kioskId", "latitude", "locationText", "longitude", "mediaUrl", "overdueNotices", "pausedDays", "pausedSince", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "surveyedAt", "ticketCalledAt", "ticketCalledBy", "ticketCounter", "ticketStatus", "trackingToken", "updatedAt") SELECT "acceptedAt", "answers", "apiKeyId", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "defectRequests", "description", "divisionId", "dueDate", "eligibilityFlags", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "identityVerifiedAt", "kioskId", "latitude", "locationText", "longitude", "mediaUrl", "overdueNotices", "pausedDays", "pausedSince", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "surveyedAt", "ticketCalledAt", "ticketCalledBy", "ticketCounter", "ticketStatus", "trackingToken", "updatedAt" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");
CREATE UNIQUE INDEX "Request_trackingToken_key" ON "Request"("trackingToken");
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");
CREATE INDEX "Request_divisionId_status_dueDate_idx" ON "Request"("divisionId", "status", "dueDate");
CREATE INDEX "Request_divisionId_queueDate_ticketStatus_idx" ON "Request"("divisionId", "queueDate", "ticketStatus");
CREATE INDEX "Request_divisionId_updatedAt_idx" ON "Request"("divisionId", "updatedAt");
CREATE INDEX "Request_divisionId_fiscalYear_status_idx" ON "Request"("divisionId", "fiscalYear", "status");
CREATE INDEX "Request_status_dueDate_idx" ON "Request"("status", "dueDate");
CREATE INDEX "Request_applicantKey_idx" ON "Request"("applicantKey");
CREATE INDEX "Request_createdAt_idx" ON "Request"("createdAt");
CREATE INDEX "Request_divisionId_kind_status_dueDate_idx" ON "Request"("divisionId", "kind", "status", "dueDate");
CREATE INDEX "Request_mergedIntoId_idx" ON "Request"("mergedIntoId");
CREATE UNIQUE INDEX "Request_fiscalYear_sequence_key" ON "Request"("fiscalYear", "sequence");
CREATE UNIQUE INDEX "Request_divisionId_queueDate_queueTicket_key" ON "Request"("divisionId", "queueDate", "queueTicket");
CREATE TABLE "new_Service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resultTemplateTh" TEXT NOT NULL DEFAULT '',
    "resultTemplateEn" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT 'none',
    "identityCheck" TEXT NOT NULL DEFAULT 'before_processing',
    "eligibility" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL DEFAULT 'service',
    "acknowledgeDays" INTEGER,
    CONSTRAINT "Service_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("active", "category", "channels", "code", "createdAt", "criteriaEn", "criteriaTh", "descriptionEn", "descriptionTh", "divisionId", "documents", "eligibility", "feeEn", "feeTh", "form", "id", "identityCheck", "keywords", "legalBasisEn", "legalBasisTh", "location", "nameEn", "nameTh", "processingBasis", "processingDays", "processingNoteEn", "processingNoteTh", "resultTemplateEn", "resultTemplateTh", "routing", "sortOrder", "steps", "updatedAt") SELECT "active", "category", "channels", "code", "createdAt", "criteriaEn", "criteriaTh", "descriptionEn", "descriptionTh", "divisionId", "documents", "eligibility", "feeEn", "feeTh", "form", "id", "identityCheck", "keywords", "legalBasisEn", "legalBasisTh", "location", "nameEn", "nameTh", "processingBasis", "processingDays", "processingNoteEn", "processingNoteTh", "resultTemplateEn", "resultTemplateTh", "routing", "sortOrder", "steps", "updatedAt" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");
CREATE INDEX "Service_divisionId_idx" ON "Service"("divisionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

