CREATE TABLE "purchase_providers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_providers" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "CreditCode" TEXT NULL,
    "RegistrationAuthority" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactPhone" TEXT NOT NULL,
    "ServiceAreaCodes" TEXT NOT NULL,
    "VillageCode" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Blacklisted" INTEGER NOT NULL,
    "BlacklistReason" TEXT NULL,
    "BlacklistedBy" TEXT NULL,
    "BlacklistedAtUtc" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "purchase_cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_cases" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "SubmissionId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "ServiceDescription" TEXT NOT NULL,
    "Deliverables" TEXT NOT NULL,
    "DemandsJson" TEXT NOT NULL,
    "BudgetFen" INTEGER NOT NULL,
    "FundingSource" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "ProviderId" TEXT NULL,
    "SelectionMode" TEXT NULL,
    "SelectionReason" TEXT NULL,
    "AgreementNumber" TEXT NULL,
    "AgreementScope" TEXT NULL,
    "PriceFen" INTEGER NOT NULL,
    "AcceptanceCriteria" TEXT NULL,
    "PartyAName" TEXT NULL,
    "PartyBName" TEXT NULL,
    "ProviderConfirmedBy" TEXT NULL,
    "ProviderConfirmedAtUtc" TEXT NULL,
    "SignedBy" TEXT NULL,
    "SignedAtUtc" TEXT NULL,
    "SignedOn" TEXT NULL,
    "SignedScanFileId" TEXT NULL,
    "ContractFen" INTEGER NOT NULL,
    "AcceptedFen" INTEGER NOT NULL,
    "PaidFen" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CancelReason" TEXT NULL,
    "CancelledBy" TEXT NULL,
    "CancelledAtUtc" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_purchase_cases_purchase_providers_ProviderId" FOREIGN KEY ("ProviderId") REFERENCES "purchase_providers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "purchase_case_villages" (
    "CaseId" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    CONSTRAINT "PK_purchase_case_villages" PRIMARY KEY ("CaseId", "VillageCode"),
    CONSTRAINT "FK_purchase_case_villages_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "purchase_files" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_files" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Use" TEXT NOT NULL,
    "ReportId" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_purchase_files_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "purchase_milestones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_milestones" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "AmountFen" INTEGER NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AcceptedBy" TEXT NULL,
    "AcceptedAtUtc" TEXT NULL,
    "PaidFen" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_purchase_milestones_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "purchase_acceptances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_acceptances" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "MilestoneId" TEXT NOT NULL,
    "Passed" INTEGER NOT NULL,
    "Reasons" TEXT NOT NULL,
    "DecidedBy" TEXT NOT NULL,
    "DecidedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_purchase_acceptances_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_purchase_acceptances_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES "purchase_milestones" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "purchase_payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_payments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "MilestoneId" TEXT NOT NULL,
    "AmountFen" INTEGER NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "VoucherNumber" TEXT NOT NULL,
    "Note" TEXT NULL,
    "ReversalOfId" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_purchase_payments_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_purchase_payments_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES "purchase_milestones" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_purchase_payments_purchase_payments_ReversalOfId" FOREIGN KEY ("ReversalOfId") REFERENCES "purchase_payments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "purchase_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchase_reports" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "MilestoneId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_purchase_reports_purchase_cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "purchase_cases" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_purchase_reports_purchase_milestones_MilestoneId" FOREIGN KEY ("MilestoneId") REFERENCES "purchase_milestones" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_purchase_acceptances_CaseId" ON "purchase_acceptances" ("CaseId");

CREATE INDEX "IX_purchase_acceptances_MilestoneId" ON "purchase_acceptances" ("MilestoneId");

CREATE INDEX "IX_purchase_case_villages_DistrictCode" ON "purchase_case_villages" ("DistrictCode");

CREATE INDEX "IX_purchase_case_villages_VillageCode" ON "purchase_case_villages" ("VillageCode");

CREATE UNIQUE INDEX "IX_purchase_cases_AgreementNumber" ON "purchase_cases" ("AgreementNumber");

CREATE INDEX "IX_purchase_cases_DepartmentCode_Status" ON "purchase_cases" ("DepartmentCode", "Status");

CREATE UNIQUE INDEX "IX_purchase_cases_Number" ON "purchase_cases" ("Number");

CREATE INDEX "IX_purchase_cases_ProviderId" ON "purchase_cases" ("ProviderId");

CREATE UNIQUE INDEX "IX_purchase_cases_SubmissionId" ON "purchase_cases" ("SubmissionId");

CREATE INDEX "IX_purchase_cases_WorkflowInstanceId" ON "purchase_cases" ("WorkflowInstanceId");

CREATE INDEX "IX_purchase_files_CaseId" ON "purchase_files" ("CaseId");

CREATE INDEX "IX_purchase_files_ReportId" ON "purchase_files" ("ReportId");

CREATE UNIQUE INDEX "IX_purchase_milestones_CaseId_Sequence" ON "purchase_milestones" ("CaseId", "Sequence");

CREATE INDEX "IX_purchase_milestones_Status_AcceptedAtUtc" ON "purchase_milestones" ("Status", "AcceptedAtUtc");

CREATE INDEX "IX_purchase_payments_CaseId" ON "purchase_payments" ("CaseId");

CREATE INDEX "IX_purchase_payments_MilestoneId" ON "purchase_payments" ("MilestoneId");

CREATE INDEX "IX_purchase_payments_PaidOn" ON "purchase_payments" ("PaidOn");

CREATE UNIQUE INDEX "IX_purchase_payments_ReversalOfId" ON "purchase_payments" ("ReversalOfId");

CREATE UNIQUE INDEX "IX_purchase_providers_CreditCode" ON "purchase_providers" ("CreditCode");

CREATE INDEX "IX_purchase_providers_Name" ON "purchase_providers" ("Name");

CREATE UNIQUE INDEX "IX_purchase_providers_VillageCode" ON "purchase_providers" ("VillageCode");

CREATE INDEX "IX_purchase_reports_CaseId" ON "purchase_reports" ("CaseId");

CREATE INDEX "IX_purchase_reports_MilestoneId" ON "purchase_reports" ("MilestoneId");

