CREATE TABLE "dispatch_jobs" (
    "SubmissionId" TEXT NOT NULL CONSTRAINT "PK_dispatch_jobs" PRIMARY KEY,
    "CreatedAtUtc" TEXT NOT NULL,
    "Chunks" INTEGER NOT NULL,
    "Dispatched" INTEGER NOT NULL,
    "Failures" INTEGER NOT NULL,
    "NotBeforeUtc" TEXT NOT NULL,
    CONSTRAINT "FK_dispatch_jobs_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_dispatch_jobs_CreatedAtUtc" ON "dispatch_jobs" ("CreatedAtUtc");

