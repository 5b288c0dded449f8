CREATE TABLE purchase_providers (
    "Id" uuid NOT NULL,
    "Kind" character varying(24) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "CreditCode" character varying(18),
    "RegistrationAuthority" character varying(100) NOT NULL,
    "ContactName" character varying(50) NOT NULL,
    "ContactPhone" character varying(50) NOT NULL,
    "ServiceAreaCodes" character varying(2600) NOT NULL,
    "VillageCode" character varying(12),
    "Status" character varying(16) NOT NULL,
    "Blacklisted" boolean NOT NULL,
    "BlacklistReason" character varying(1000),
    "BlacklistedBy" character varying(256),
    "BlacklistedAtUtc" timestamp with time zone,
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_purchase_providers" PRIMARY KEY ("Id")
);

CREATE TABLE purchase_cases (
    "Id" uuid NOT NULL,
    "Number" character varying(24) NOT NULL,
    "DepartmentCode" character varying(32) NOT NULL,
    "Origin" character varying(16) NOT NULL,
    "SubmissionId" uuid,
    "Title" character varying(200) NOT NULL,
    "ServiceDescription" character varying(5000) NOT NULL,
    "Deliverables" character varying(2000) NOT NULL,
    "DemandsJson" character varying(4000) NOT NULL,
    "BudgetFen" bigint NOT NULL,
    "FundingSource" character varying(24) NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "ProviderId" uuid,
    "SelectionMode" character varying(24),
    "SelectionReason" character varying(1000),
    "AgreementNumber" character varying(50),
    "AgreementScope" character varying(5000),
    "PriceFen" bigint NOT NULL,
    "AcceptanceCriteria" character varying(3000),
    "PartyAName" character varying(200),
    "PartyBName" character varying(200),
    "ProviderConfirmedBy" character varying(256),
    "ProviderConfirmedAtUtc" timestamp with time zone,
    "SignedBy" character varying(256),
    "SignedAtUtc" timestamp with time zone,
    "SignedOn" date,
    "SignedScanFileId" uuid,
    "ContractFen" bigint NOT NULL,
    "AcceptedFen" bigint NOT NULL,
    "PaidFen" bigint NOT NULL,
    "Status" character varying(24) NOT NULL,
    "CancelReason" character varying(1000),
    "CancelledBy" character varying(256),
    "CancelledAtUtc" timestamp with time zone,
    "WorkflowInstanceId" uuid,
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_purchase_cases" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_cases_purchase_providers_ProviderId" FOREIGN KEY ("ProviderId") REFERENCES purchase_providers ("Id") ON DELETE RESTRICT
);

CREATE TABLE purchase_case_villages (
    "CaseId" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    CONSTRAINT "PK_purchase_case_villages" PRIMARY KEY ("CaseId", "VillageCode"),
    CONSTRAINT "FK_purchase_case_villages_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE CASCADE
);

CREATE TABLE purchase_files (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Use" character varying(24) NOT NULL,
    "ReportId" uuid,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_purchase_files" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_files_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE CASCADE
);

CREATE TABLE purchase_milestones (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Title" character varying(200) NOT NULL,
    "AmountFen" bigint NOT NULL,
    "DueDate" date NOT NULL,
    "Status" character varying(16) NOT NULL,
    "AcceptedBy" character varying(256),
    "AcceptedAtUtc" timestamp with time zone,
    "PaidFen" bigint NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_purchase_milestones" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_milestones_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE CASCADE
);

CREATE TABLE purchase_acceptances (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "MilestoneId" uuid NOT NULL,
    "Passed" boolean NOT NULL,
    "Reasons" character varying(2000) NOT NULL,
    "DecidedBy" character varying(256) NOT NULL,
    "DecidedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_purchase_acceptances" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_acceptances_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_purchase_acceptances_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES purchase_milestones ("Id") ON DELETE RESTRICT
);

CREATE TABLE purchase_payments (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "MilestoneId" uuid NOT NULL,
    "AmountFen" bigint NOT NULL,
    "PaidOn" date NOT NULL,
    "VoucherNumber" character varying(50) NOT NULL,
    "Note" character varying(500),
    "ReversalOfId" uuid,
    "RecordedBy" character varying(256) NOT NULL,
    "RecordedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_purchase_payments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_payments_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_purchase_payments_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES purchase_milestones ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_purchase_payments_purchase_payments_ReversalOfId" FOREIGN KEY ("ReversalOfId") REFERENCES purchase_payments ("Id") ON DELETE RESTRICT
);

CREATE TABLE purchase_reports (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "MilestoneId" uuid NOT NULL,
    "Text" character varying(2000) NOT NULL,
    "ReportedBy" character varying(256) NOT NULL,
    "ReportedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_purchase_reports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_purchase_reports_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES purchase_cases ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_purchase_reports_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES purchase_milestones ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_purchase_acceptances_CaseId" ON purchase_acceptances ("CaseId");

CREATE INDEX "IX_purchase_acceptances_MilestoneId" ON purchase_acceptances ("MilestoneId");

CREATE INDEX "IX_purchase_case_villages_DistrictCode" ON purchase_case_villages ("DistrictCode");

CREATE INDEX "IX_purchase_case_villages_VillageCode" ON purchase_case_villages ("VillageCode");

CREATE UNIQUE INDEX "IX_purchase_cases_AgreementNumber" ON purchase_cases ("AgreementNumber");

CREATE INDEX "IX_purchase_cases_DepartmentCode_Status" ON purchase_cases ("DepartmentCode", "Status");

CREATE UNIQUE INDEX "IX_purchase_cases_Number" ON purchase_cases ("Number");

CREATE INDEX "IX_purchase_cases_ProviderId" ON purchase_cases ("ProviderId");

CREATE UNIQUE INDEX "IX_purchase_cases_SubmissionId" ON purchase_cases ("SubmissionId");

CREATE INDEX "IX_purchase_cases_WorkflowInstanceId" ON purchase_cases ("WorkflowInstanceId");

CREATE INDEX "IX_purchase_files_CaseId" ON purchase_files ("CaseId");

CREATE INDEX "IX_purchase_files_ReportId" ON purchase_files ("ReportId");

CREATE UNIQUE INDEX "IX_purchase_milestones_CaseId_Sequence" ON purchase_milestones ("CaseId", "Sequence");

CREATE INDEX "IX_purchase_milestones_Status_AcceptedAtUtc" ON purchase_milestones ("Status", "AcceptedAtUtc");

CREATE INDEX "IX_purchase_payments_CaseId" ON purchase_payments ("CaseId");

CREATE INDEX "IX_purchase_payments_MilestoneId" ON purchase_payments ("MilestoneId");

CREATE INDEX "IX_purchase_payments_PaidOn" ON purchase_payments ("PaidOn");

CREATE UNIQUE INDEX "IX_purchase_payments_ReversalOfId" ON purchase_payments ("ReversalOfId");

CREATE UNIQUE INDEX "IX_purchase_providers_CreditCode" ON purchase_providers ("CreditCode");

CREATE INDEX "IX_purchase_providers_Name" ON purchase_providers ("Name");

CREATE UNIQUE INDEX "IX_purchase_providers_VillageCode" ON purchase_providers ("VillageCode");

CREATE INDEX "IX_purchase_reports_CaseId" ON purchase_reports ("CaseId");

CREATE INDEX "IX_purchase_reports_MilestoneId" ON purchase_reports ("MilestoneId");

