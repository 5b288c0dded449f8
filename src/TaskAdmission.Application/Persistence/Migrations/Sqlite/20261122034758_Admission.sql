CREATE TABLE "submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submissions" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "LegalBasis" TEXT NULL,
    "ClaimedItemCodes" TEXT NOT NULL,
    "TargetOrgUnitCodes" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "Frequency" TEXT NULL,
    "Emergency" INTEGER NOT NULL,
    "EmergencyReason" TEXT NULL,
    "FundingYuanPerVillage" TEXT NOT NULL,
    "StaffProvided" INTEGER NOT NULL,
    "TrainingProvided" INTEGER NOT NULL,
    "EquipmentProvided" INTEGER NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactPhone" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PrecheckOutcome" TEXT NULL,
    "PrecheckJson" TEXT NULL,
    "RevisionOf" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL,
    "IdempotencyKey" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SignedOffBy" TEXT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_attachments" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_attachments_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_decisions" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "OrgUnitCode" TEXT NOT NULL,
    "DecidedBy" TEXT NOT NULL,
    "DecidedAtUtc" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Conditions" TEXT NULL,
    "ValidUntil" TEXT NULL,
    "PrecheckHash" TEXT NOT NULL,
    "WorkflowTaskId" TEXT NULL,
    CONSTRAINT "FK_decisions_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "submission_demands" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submission_demands" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Period" TEXT NOT NULL,
    "Certificate" TEXT NULL,
    "Signboard" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_submission_demands_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "submission_villages" (
    "SubmissionId" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    "Admitted" INTEGER NOT NULL,
    CONSTRAINT "PK_submission_villages" PRIMARY KEY ("SubmissionId", "VillageCode"),
    CONSTRAINT "FK_submission_villages_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_attachments_SubmissionId" ON "attachments" ("SubmissionId");

CREATE INDEX "IX_decisions_SubmissionId" ON "decisions" ("SubmissionId");

CREATE UNIQUE INDEX "IX_decisions_WorkflowTaskId" ON "decisions" ("WorkflowTaskId");

CREATE INDEX "IX_submission_demands_SubmissionId" ON "submission_demands" ("SubmissionId");

CREATE INDEX "IX_submission_villages_DistrictCode_SubmissionId" ON "submission_villages" ("DistrictCode", "SubmissionId");

CREATE INDEX "IX_submission_villages_TownshipCode_SubmissionId" ON "submission_villages" ("TownshipCode", "SubmissionId");

CREATE INDEX "IX_submission_villages_VillageCode_Admitted" ON "submission_villages" ("VillageCode", "Admitted");

CREATE UNIQUE INDEX "IX_submissions_DepartmentCode_IdempotencyKey" ON "submissions" ("DepartmentCode", "IdempotencyKey");

CREATE INDEX "IX_submissions_DepartmentCode_Status" ON "submissions" ("DepartmentCode", "Status");

CREATE UNIQUE INDEX "IX_submissions_Number" ON "submissions" ("Number");

CREATE INDEX "IX_submissions_WorkflowInstanceId" ON "submissions" ("WorkflowInstanceId");

