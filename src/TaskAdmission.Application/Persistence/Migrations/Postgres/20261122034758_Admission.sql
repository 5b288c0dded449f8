CREATE TABLE submissions (
    "Id" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "DepartmentCode" character varying(32) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Description" character varying(5000) NOT NULL,
    "LegalBasis" character varying(1000),
    "ClaimedItemCodes" character varying(1000) NOT NULL,
    "TargetOrgUnitCodes" character varying(8000) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date NOT NULL,
    "Frequency" character varying(100),
    "Emergency" boolean NOT NULL,
    "EmergencyReason" character varying(1000),
    "FundingYuanPerVillage" numeric(12,2) NOT NULL,
    "StaffProvided" boolean NOT NULL,
    "TrainingProvided" boolean NOT NULL,
    "EquipmentProvided" boolean NOT NULL,
    "ContactName" character varying(50) NOT NULL,
    "ContactPhone" character varying(50) NOT NULL,
    "Status" character varying(24) NOT NULL,
    "PrecheckOutcome" character varying(24),
    "PrecheckJson" text,
    "RevisionOf" uuid,
    "WorkflowInstanceId" uuid,
    "IdempotencyKey" character varying(100),
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "SignedOffBy" character varying(256),
    "SubmittedAtUtc" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_submissions" PRIMARY KEY ("Id")
);

CREATE TABLE attachments (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_attachments_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE TABLE decisions (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "OrgUnitCode" character varying(12) NOT NULL,
    "DecidedBy" character varying(256) NOT NULL,
    "DecidedAtUtc" timestamp with time zone NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "Conditions" character varying(1000),
    "ValidUntil" date,
    "PrecheckHash" character varying(64) NOT NULL,
    "WorkflowTaskId" uuid,
    CONSTRAINT "PK_decisions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_decisions_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE RESTRICT
);

CREATE TABLE submission_demands (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "Count" integer NOT NULL,
    "Period" character varying(16) NOT NULL,
    "Certificate" character varying(200),
    "Signboard" character varying(200),
    "Note" character varying(500),
    CONSTRAINT "PK_submission_demands" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_submission_demands_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE TABLE submission_villages (
    "SubmissionId" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    "Admitted" boolean NOT NULL,
    CONSTRAINT "PK_submission_villages" PRIMARY KEY ("SubmissionId", "VillageCode"),
    CONSTRAINT "FK_submission_villages_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_attachments_SubmissionId" ON attachments ("SubmissionId");

CREATE INDEX "IX_decisions_SubmissionId" ON decisions ("SubmissionId");

CREATE UNIQUE INDEX "IX_decisions_WorkflowTaskId" ON decisions ("WorkflowTaskId");

CREATE INDEX "IX_submission_demands_SubmissionId" ON submission_demands ("SubmissionId");

CREATE INDEX "IX_submission_villages_DistrictCode_SubmissionId" ON submission_villages ("DistrictCode", "SubmissionId");

CREATE INDEX "IX_submission_villages_TownshipCode_SubmissionId" ON submission_villages ("TownshipCode", "SubmissionId");

CREATE INDEX "IX_submission_villages_VillageCode_Admitted" ON submission_villages ("VillageCode", "Admitted");

CREATE UNIQUE INDEX "IX_submissions_DepartmentCode_IdempotencyKey" ON submissions ("DepartmentCode", "IdempotencyKey");

CREATE INDEX "IX_submissions_DepartmentCode_Status" ON submissions ("DepartmentCode", "Status");

CREATE UNIQUE INDEX "IX_submissions_Number" ON submissions ("Number");

CREATE INDEX "IX_submissions_WorkflowInstanceId" ON submissions ("WorkflowInstanceId");

