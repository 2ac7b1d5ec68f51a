-- CreateTable
CREATE TABLE "IntegrityRecipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "staffUserId" INTEGER NOT NULL,
    "divisionId" INTEGER,
    "publicKey" BLOB NOT NULL,
    "secretKeyBox" BLOB NOT NULL,
    "pwSalt" BLOB NOT NULL,
    "pwOpsLimit" INTEGER NOT NULL,
    "pwMemLimit" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "IntegrityReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentBox" BLOB NOT NULL,
    "receiptLookup" TEXT NOT NULL,
    "receiptKeyBox" BLOB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "outcome" TEXT,
    "closedAt" DATETIME,
    "expiresAt" DATETIME,
    "extensionBox" BLOB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IntegrityReportKey" (
    "reportId" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "sealedKey" BLOB NOT NULL,

    PRIMARY KEY ("reportId", "recipientId"),
    CONSTRAINT "IntegrityReportKey_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IntegrityReportKey_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "IntegrityRecipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntegrityMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "recipientId" INTEGER,
    "bodyBox" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IntegrityMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntegrityFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "metaBox" BLOB NOT NULL,
    "addedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IntegrityFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IntegrityReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntegrityAccessLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" TEXT,
    "actor" TEXT NOT NULL,
    "recipientId" INTEGER,
    "action" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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

