-- CreateTable
CREATE TABLE "JobClaim" (
    "job" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("job", "day")
);
