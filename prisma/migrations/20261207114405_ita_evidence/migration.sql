-- CreateTable
CREATE TABLE "ItaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fiscalYear" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "checksTh" TEXT NOT NULL DEFAULT '',
    "checksEn" TEXT NOT NULL DEFAULT '',
    "divisionId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ItaItem_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItaEvidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "addedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    "removedById" INTEGER,
    CONSTRAINT "ItaEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ItaItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItaYear" (
    "fiscalYear" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deadline" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItaContact" (
    "staffUserId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItaReminder" (
    "fiscalYear" INTEGER NOT NULL,
    "divisionId" INTEGER NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fiscalYear", "divisionId", "staffUserId", "threshold")
);

-- CreateIndex
CREATE INDEX "ItaItem_fiscalYear_number_idx" ON "ItaItem"("fiscalYear", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ItaItem_fiscalYear_key_key" ON "ItaItem"("fiscalYear", "key");

-- CreateIndex
CREATE INDEX "ItaEvidence_itemId_removedAt_idx" ON "ItaEvidence"("itemId", "removedAt");

