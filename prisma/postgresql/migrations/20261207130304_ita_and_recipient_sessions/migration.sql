-- AlterTable
ALTER TABLE "IntegrityReport" ADD COLUMN     "referredTo" TEXT;

-- CreateTable
CREATE TABLE "IntegrityRecipientSession" (
    "id" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "secretKeyBox" BYTEA NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityRecipientSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItaItem" (
    "id" SERIAL NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "checksTh" TEXT NOT NULL DEFAULT '',
    "checksEn" TEXT NOT NULL DEFAULT '',
    "divisionId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItaEvidence" (
    "id" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "addedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedById" INTEGER,

    CONSTRAINT "ItaEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItaYear" (
    "fiscalYear" INTEGER NOT NULL,
    "deadline" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItaYear_pkey" PRIMARY KEY ("fiscalYear")
);

-- CreateTable
CREATE TABLE "ItaContact" (
    "staffUserId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItaContact_pkey" PRIMARY KEY ("staffUserId")
);

-- CreateTable
CREATE TABLE "ItaReminder" (
    "fiscalYear" INTEGER NOT NULL,
    "divisionId" INTEGER NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItaReminder_pkey" PRIMARY KEY ("fiscalYear","divisionId","staffUserId","threshold")
);

-- CreateIndex
CREATE INDEX "IntegrityRecipientSession_recipientId_idx" ON "IntegrityRecipientSession"("recipientId");

-- CreateIndex
CREATE INDEX "ItaItem_fiscalYear_number_idx" ON "ItaItem"("fiscalYear", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ItaItem_fiscalYear_key_key" ON "ItaItem"("fiscalYear", "key");

-- CreateIndex
CREATE INDEX "ItaEvidence_itemId_removedAt_idx" ON "ItaEvidence"("itemId", "removedAt");

-- AddForeignKey
ALTER TABLE "IntegrityRecipientSession" ADD CONSTRAINT "IntegrityRecipientSession_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "IntegrityRecipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItaItem" ADD CONSTRAINT "ItaItem_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItaEvidence" ADD CONSTRAINT "ItaEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ItaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

