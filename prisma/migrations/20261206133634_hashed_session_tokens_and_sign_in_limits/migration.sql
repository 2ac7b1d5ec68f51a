-- AlterTable
ALTER TABLE "StaffTwoFactor" ADD COLUMN "lastUsedStep" INTEGER;

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL DEFAULT 0,
    "until" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInThrottle_updatedAt_idx" ON "SignInThrottle"("updatedAt");


-- Session tokens are now kept as their SHA-256 (lib/auth/hashed-session-adapter.ts). Rows
-- from before hold the token itself, which must not stay in the database and no longer
-- matches any lookup: end them (staff sign in again once).
DELETE FROM "StaffSession";
