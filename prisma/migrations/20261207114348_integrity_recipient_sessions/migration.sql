-- AlterTable
ALTER TABLE "IntegrityReport" ADD COLUMN "referredTo" TEXT;

-- CreateTable
CREATE TABLE "IntegrityRecipientSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipientId" INTEGER NOT NULL,
    "secretKeyBox" BLOB NOT NULL,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IntegrityRecipientSession_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "IntegrityRecipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IntegrityRecipientSession_recipientId_idx" ON "IntegrityRecipientSession"("recipientId");

