CREATE TABLE "notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_notifications" PRIMARY KEY,
    "Audience" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DeliveredExternallyAtUtc" TEXT NULL
);

CREATE TABLE "village_files" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_village_files" PRIMARY KEY,
    "VillageCode" TEXT NOT NULL,
    "Use" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL
);

CREATE TABLE "notification_reads" (
    "NotificationId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "ReadAtUtc" TEXT NOT NULL,
    CONSTRAINT "PK_notification_reads" PRIMARY KEY ("NotificationId", "UserName"),
    CONSTRAINT "FK_notification_reads_notifications_NotificationId" FOREIGN KEY ("NotificationId") REFERENCES "notifications" ("Id") ON DELETE CASCADE
);

CREATE TABLE "unadmitted_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_unadmitted_reports" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    "DepartmentCode" TEXT NULL,
    "DepartmentName" TEXT NOT NULL,
    "Demand" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "DemandedOn" TEXT NOT NULL,
    "EvidenceFileId" TEXT NULL,
    "Anonymous" INTEGER NOT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Finding" TEXT NULL,
    "FindingNote" TEXT NULL,
    "FoundBy" TEXT NULL,
    "FoundAtUtc" TEXT NULL,
    "Action" TEXT NULL,
    "ActionNote" TEXT NULL,
    "ActionBy" TEXT NULL,
    "ActionAtUtc" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_unadmitted_reports_village_files_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES "village_files" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "assignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_assignments" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "DecisionId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ListItemsJson" TEXT NOT NULL,
    "DemandsJson" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "Emergency" INTEGER NOT NULL,
    "FundingYuan" TEXT NOT NULL,
    "FundingState" TEXT NOT NULL,
    "TrainingState" TEXT NOT NULL,
    "StaffState" TEXT NOT NULL,
    "EquipmentState" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DispatchedAtUtc" TEXT NOT NULL,
    "AcknowledgedAtUtc" TEXT NULL,
    "AcknowledgedBy" TEXT NULL,
    "CompletedAtUtc" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "CancelledAtUtc" TEXT NULL,
    "CancelReason" TEXT NULL,
    "SupportFlaggedAtUtc" TEXT NULL,
    "RemindedAtUtc" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_assignments_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "decisions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_assignments_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "revocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_revocations" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "DecisionId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "ScopeCode" TEXT NOT NULL,
    "VillageCode" TEXT NULL,
    "ExitRequestId" TEXT NULL,
    "VillageCount" INTEGER NOT NULL,
    "CancelledAssignments" INTEGER NOT NULL,
    "RevokedBy" TEXT NOT NULL,
    "RevokedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_revocations_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "decisions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_revocations_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "assignment_progress" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_assignment_progress" PRIMARY KEY,
    "AssignmentId" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "MarksDone" INTEGER NOT NULL,
    "FileId" TEXT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_assignment_progress_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "assignments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_assignment_progress_village_files_FileId" FOREIGN KEY ("FileId") REFERENCES "village_files" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "exit_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_exit_requests" PRIMARY KEY,
    "AssignmentId" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "VillageCode" TEXT NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAtUtc" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_exit_requests_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "assignments" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_assignment_progress_AssignmentId" ON "assignment_progress" ("AssignmentId");

CREATE INDEX "IX_assignment_progress_FileId" ON "assignment_progress" ("FileId");

CREATE INDEX "IX_assignments_DecisionId" ON "assignments" ("DecisionId");

CREATE INDEX "IX_assignments_DepartmentCode_Status" ON "assignments" ("DepartmentCode", "Status");

CREATE INDEX "IX_assignments_DistrictCode_Status" ON "assignments" ("DistrictCode", "Status");

CREATE UNIQUE INDEX "IX_assignments_SubmissionId_VillageCode" ON "assignments" ("SubmissionId", "VillageCode");

CREATE INDEX "IX_assignments_TownshipCode_Status" ON "assignments" ("TownshipCode", "Status");

CREATE INDEX "IX_assignments_VillageCode_Status_DueDate" ON "assignments" ("VillageCode", "Status", "DueDate");

CREATE INDEX "IX_exit_requests_AssignmentId" ON "exit_requests" ("AssignmentId");

CREATE INDEX "IX_exit_requests_TownshipCode_Status" ON "exit_requests" ("TownshipCode", "Status");

CREATE INDEX "IX_notifications_Audience_CreatedAtUtc" ON "notifications" ("Audience", "CreatedAtUtc");

CREATE INDEX "IX_notifications_DeliveredExternallyAtUtc_CreatedAtUtc" ON "notifications" ("DeliveredExternallyAtUtc", "CreatedAtUtc");

CREATE INDEX "IX_revocations_DecisionId" ON "revocations" ("DecisionId");

CREATE INDEX "IX_revocations_SubmissionId" ON "revocations" ("SubmissionId");

CREATE INDEX "IX_unadmitted_reports_DepartmentCode_Finding" ON "unadmitted_reports" ("DepartmentCode", "Finding");

CREATE INDEX "IX_unadmitted_reports_DistrictCode_Status" ON "unadmitted_reports" ("DistrictCode", "Status");

CREATE INDEX "IX_unadmitted_reports_EvidenceFileId" ON "unadmitted_reports" ("EvidenceFileId");

CREATE UNIQUE INDEX "IX_unadmitted_reports_Number" ON "unadmitted_reports" ("Number");

CREATE INDEX "IX_unadmitted_reports_VillageCode" ON "unadmitted_reports" ("VillageCode");

CREATE INDEX "IX_village_files_VillageCode" ON "village_files" ("VillageCode");

