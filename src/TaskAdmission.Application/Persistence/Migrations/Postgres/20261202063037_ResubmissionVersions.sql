CREATE TABLE submission_versions (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "ContentJson" text NOT NULL,
    "ChangeNote" character varying(1000),
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_submission_versions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_submission_versions_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_submission_versions_SubmissionId_Number" ON submission_versions ("SubmissionId", "Number");

