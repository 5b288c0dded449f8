CREATE TABLE "submission_versions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submission_versions" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "ContentJson" TEXT NOT NULL,
    "ChangeNote" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_submission_versions_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_submission_versions_SubmissionId_Number" ON "submission_versions" ("SubmissionId", "Number");

