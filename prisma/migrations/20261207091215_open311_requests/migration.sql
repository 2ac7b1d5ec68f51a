-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "services" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Request_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Request_kioskId_fkey" FOREIGN KEY ("kioskId") REFERENCES "KioskDevice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Request_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Request" ("acceptedAt", "answers", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "defectRequests", "divisionId", "dueDate", "eligibilityFlags", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "identityVerifiedAt", "kioskId", "latitude", "locationText", "longitude", "overdueNotices", "pausedDays", "pausedSince", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "surveyedAt", "ticketCalledAt", "ticketCalledBy", "ticketCounter", "ticketStatus", "trackingToken", "updatedAt") SELECT "acceptedAt", "answers", "applicant", "applicantKey", "channel", "completedAt", "createdAt", "defectRequests", "divisionId", "dueDate", "eligibilityFlags", "fiscalYear", "id", "idempotencyKey", "identityDetail", "identitySource", "identityVerifiedAt", "kioskId", "latitude", "locationText", "longitude", "overdueNotices", "pausedDays", "pausedSince", "queueDate", "queueTicket", "reference", "sequence", "serviceId", "status", "surveyedAt", "ticketCalledAt", "ticketCalledBy", "ticketCounter", "ticketStatus", "trackingToken", "updatedAt" FROM "Request";
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
CREATE UNIQUE INDEX "Request_fiscalYear_sequence_key" ON "Request"("fiscalYear", "sequence");
CREATE UNIQUE INDEX "Request_divisionId_queueDate_queueTicket_key" ON "Request"("divisionId", "queueDate", "queueTicket");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

