-- CreateTable
CREATE TABLE "KioskDevice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "enrolledAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AttestationNonce" (
    "nonce" TEXT NOT NULL PRIMARY KEY,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Division" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summaryTh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "queuePrefix" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Division" ("code", "id", "nameEn", "nameTh", "sortOrder", "summaryEn", "summaryTh") SELECT "code", "id", "nameEn", "nameTh", "sortOrder", "summaryEn", "summaryTh" FROM "Division";
DROP TABLE "Division";
ALTER TABLE "new_Division" RENAME TO "Division";
CREATE UNIQUE INDEX "Division_code_key" ON "Division"("code");
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
    "answers" TEXT NOT NULL DEFAULT '{}',
    "dueDate" TEXT NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "queueDate" TEXT,
    "queueTicket" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Request_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "KioskDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("answers", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "divisionId", "dueDate", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "pausedDays", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "trackingToken", "updatedAt") SELECT "answers", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "divisionId", "dueDate", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "pausedDays", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "trackingToken", "updatedAt" FROM "Request";
DROP TABLE "Request";
ALTER TABLE "new_Request" RENAME TO "Request";
CREATE UNIQUE INDEX "Request_reference_key" ON "Request"("reference");
CREATE UNIQUE INDEX "Request_trackingToken_key" ON "Request"("trackingToken");
CREATE UNIQUE INDEX "Request_idempotencyKey_key" ON "Request"("idempotencyKey");
CREATE INDEX "Request_divisionId_status_dueDate_idx" ON "Request"("divisionId", "status", "dueDate");
CREATE INDEX "Request_applicantKey_idx" ON "Request"("applicantKey");
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
    CONSTRAINT "Service_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Service" ("active", "category", "channels", "code", "createdAt", "criteriaEn", "criteriaTh", "descriptionEn", "descriptionTh", "divisionId", "documents", "feeEn", "feeTh", "form", "id", "keywords", "legalBasisEn", "legalBasisTh", "nameEn", "nameTh", "processingBasis", "processingDays", "processingNoteEn", "processingNoteTh", "sortOrder", "steps", "updatedAt") SELECT "active", "category", "channels", "code", "createdAt", "criteriaEn", "criteriaTh", "descriptionEn", "descriptionTh", "divisionId", "documents", "feeEn", "feeTh", "form", "id", "keywords", "legalBasisEn", "legalBasisTh", "nameEn", "nameTh", "processingBasis", "processingDays", "processingNoteEn", "processingNoteTh", "sortOrder", "steps", "updatedAt" FROM "Service";
DROP TABLE "Service";
ALTER TABLE "new_Service" RENAME TO "Service";
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");
CREATE INDEX "Service_divisionId_idx" ON "Service"("divisionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_name_key" ON "KioskDevice"("name");

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_deviceId_key" ON "KioskDevice"("deviceId");

-- CreateIndex
CREATE INDEX "AttestationNonce_expiresAt_idx" ON "AttestationNonce"("expiresAt");


-- Queue ticket letters for the five divisions of an existing database (new ones get theirs from the seed).
UPDATE "Division" SET "queuePrefix" = CASE "code"
    WHEN 'PALAD' THEN 'A'
    WHEN 'FINANCE' THEN 'B'
    WHEN 'ENGINEERING' THEN 'C'
    WHEN 'WELFARE' THEN 'D'
    WHEN 'STRATEGY' THEN 'E'
    ELSE "queuePrefix" END;
