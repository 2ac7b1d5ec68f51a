-- CreateTable
CREATE TABLE "IntegrityStatisticsTally" (
    "month" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "firstResponseDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IntegrityStatisticsTally_pkey" PRIMARY KEY ("month","outcome","firstResponseDays")
);

