-- CreateTable
CREATE TABLE "IntegrityStatisticsTally" (
    "month" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "firstResponseDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("month", "outcome", "firstResponseDays")
);

