CREATE TABLE notifications (
    "Id" uuid NOT NULL,
    "Audience" character varying(64) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Subject" character varying(200) NOT NULL,
    "Link" character varying(300) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "DeliveredExternallyAtUtc" timestamp with time zone,
    CONSTRAINT "PK_notifications" PRIMARY KEY ("Id")
);

CREATE TABLE village_files (
    "Id" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "Use" character varying(16) NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_village_files" PRIMARY KEY ("Id")
);

CREATE TABLE notification_reads (
    "NotificationId" uuid NOT NULL,
    "UserName" character varying(256) NOT NULL,
    "ReadAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_notification_reads" PRIMARY KEY ("NotificationId", "UserName"),
    CONSTRAINT "FK_notification_reads_notifications_NotificationId" FOREIGN KEY ("NotificationId") REFERENCES notifications ("Id") ON DELETE CASCADE
);

CREATE TABLE unadmitted_reports (
    "Id" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    "DepartmentCode" character varying(32),
    "DepartmentName" character varying(100) NOT NULL,
    "Demand" character varying(2000) NOT NULL,
    "Channel" character varying(16) NOT NULL,
    "DemandedOn" date NOT NULL,
    "EvidenceFileId" uuid,
    "Anonymous" boolean NOT NULL,
    "ReportedBy" character varying(256) NOT NULL,
    "ReportedAtUtc" timestamp with time zone NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Finding" character varying(16),
    "FindingNote" character varying(1000),
    "FoundBy" character varying(256),
    "FoundAtUtc" timestamp with time zone,
    "Action" character varying(16),
    "ActionNote" character varying(1000),
    "ActionBy" character varying(256),
    "ActionAtUtc" timestamp with time zone,
    "WorkflowInstanceId" uuid,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_unadmitted_reports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_unadmitted_reports_village_files_EvidenceFileId" FOREIGN KEY ("EvidenceFileId") REFERENCES village_files ("Id") ON DELETE RESTRICT
);

CREATE TABLE assignments (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    "DepartmentCode" character varying(32) NOT NULL,
    "DecisionId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "ListItemsJson" character varying(2000) NOT NULL,
    "DemandsJson" character varying(4000) NOT NULL,
    "StartDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "EndDate" date NOT NULL,
    "Emergency" boolean NOT NULL,
    "FundingYuan" numeric(12,2) NOT NULL,
    "FundingState" character varying(16) NOT NULL,
    "TrainingState" character varying(16) NOT NULL,
    "StaffState" character varying(16) NOT NULL,
    "EquipmentState" character varying(16) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "DispatchedAtUtc" timestamp with time zone NOT NULL,
    "AcknowledgedAtUtc" timestamp with time zone,
    "AcknowledgedBy" character varying(256),
    "CompletedAtUtc" timestamp with time zone,
    "CompletedBy" character varying(256),
    "CancelledAtUtc" timestamp with time zone,
    "CancelReason" character varying(1000),
    "SupportFlaggedAtUtc" timestamp with time zone,
    "RemindedAtUtc" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_assignments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_assignments_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES decisions ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_assignments_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE RESTRICT
);

CREATE TABLE revocations (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "DecisionId" uuid NOT NULL,
    "Reason" character varying(24) NOT NULL,
    "Details" character varying(1000) NOT NULL,
    "ScopeCode" character varying(12) NOT NULL,
    "VillageCode" character varying(12),
    "ExitRequestId" uuid,
    "VillageCount" integer NOT NULL,
    "CancelledAssignments" integer NOT NULL,
    "RevokedBy" character varying(256) NOT NULL,
    "RevokedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_revocations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_revocations_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES decisions ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_revocations_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE RESTRICT
);

CREATE TABLE assignment_progress (
    "Id" uuid NOT NULL,
    "AssignmentId" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "Text" character varying(2000) NOT NULL,
    "MarksDone" boolean NOT NULL,
    "FileId" uuid,
    "ReportedBy" character varying(256) NOT NULL,
    "ReportedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_assignment_progress" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_assignment_progress_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES assignments ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_assignment_progress_village_files_FileId" FOREIGN KEY ("FileId") REFERENCES village_files ("Id") ON DELETE RESTRICT
);

CREATE TABLE exit_requests (
    "Id" uuid NOT NULL,
    "AssignmentId" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "VillageCode" character varying(12) NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "Reason" character varying(24) NOT NULL,
    "Details" character varying(1000) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "RequestedBy" character varying(256) NOT NULL,
    "RequestedAtUtc" timestamp with time zone NOT NULL,
    "DecidedBy" character varying(256),
    "DecidedAtUtc" timestamp with time zone,
    "DecisionNote" character varying(1000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_exit_requests" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_exit_requests_assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES assignments ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_assignment_progress_AssignmentId" ON assignment_progress ("AssignmentId");

CREATE INDEX "IX_assignment_progress_FileId" ON assignment_progress ("FileId");

CREATE INDEX "IX_assignments_DecisionId" ON assignments ("DecisionId");

CREATE INDEX "IX_assignments_DepartmentCode_Status" ON assignments ("DepartmentCode", "Status");

CREATE INDEX "IX_assignments_DistrictCode_Status" ON assignments ("DistrictCode", "Status");

CREATE UNIQUE INDEX "IX_assignments_SubmissionId_VillageCode" ON assignments ("SubmissionId", "VillageCode");

CREATE INDEX "IX_assignments_TownshipCode_Status" ON assignments ("TownshipCode", "Status");

CREATE INDEX "IX_assignments_VillageCode_Status_DueDate" ON assignments ("VillageCode", "Status", "DueDate");

CREATE INDEX "IX_exit_requests_AssignmentId" ON exit_requests ("AssignmentId");

CREATE INDEX "IX_exit_requests_TownshipCode_Status" ON exit_requests ("TownshipCode", "Status");

CREATE INDEX "IX_notifications_Audience_CreatedAtUtc" ON notifications ("Audience", "CreatedAtUtc");

CREATE INDEX "IX_notifications_DeliveredExternallyAtUtc_CreatedAtUtc" ON notifications ("DeliveredExternallyAtUtc", "CreatedAtUtc");

CREATE INDEX "IX_revocations_DecisionId" ON revocations ("DecisionId");

CREATE INDEX "IX_revocations_SubmissionId" ON revocations ("SubmissionId");

CREATE INDEX "IX_unadmitted_reports_DepartmentCode_Finding" ON unadmitted_reports ("DepartmentCode", "Finding");

CREATE INDEX "IX_unadmitted_reports_DistrictCode_Status" ON unadmitted_reports ("DistrictCode", "Status");

CREATE INDEX "IX_unadmitted_reports_EvidenceFileId" ON unadmitted_reports ("EvidenceFileId");

CREATE UNIQUE INDEX "IX_unadmitted_reports_Number" ON unadmitted_reports ("Number");

CREATE INDEX "IX_unadmitted_reports_VillageCode" ON unadmitted_reports ("VillageCode");

CREATE INDEX "IX_village_files_VillageCode" ON village_files ("VillageCode");

