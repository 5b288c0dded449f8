CREATE TABLE dispatch_jobs (
    "SubmissionId" uuid NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Chunks" integer NOT NULL,
    "Dispatched" integer NOT NULL,
    "Failures" integer NOT NULL,
    "NotBeforeUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_dispatch_jobs" PRIMARY KEY ("SubmissionId"),
    CONSTRAINT "FK_dispatch_jobs_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_dispatch_jobs_CreatedAtUtc" ON dispatch_jobs ("CreatedAtUtc");

