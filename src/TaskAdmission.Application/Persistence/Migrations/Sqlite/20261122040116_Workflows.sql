CREATE TABLE "calendar_days" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_calendar_days" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "NameZh" TEXT NOT NULL
);

CREATE TABLE "wf_definitions" (
    "ProcessId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "Xml" TEXT NOT NULL,
    "DeployedAtUtc" TEXT NOT NULL,
    CONSTRAINT "PK_wf_definitions" PRIMARY KEY ("ProcessId", "Version")
);

CREATE TABLE "wf_instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_instances" PRIMARY KEY,
    "ProcessId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "BusinessKey" TEXT NULL,
    "Initiator" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "EndedAtUtc" TEXT NULL,
    "HasOpenIncidents" INTEGER NOT NULL,
    "StateJson" TEXT NOT NULL
);

CREATE TABLE "wf_carbon_copies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_carbon_copies" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TaskId" TEXT NULL,
    "ElementId" TEXT NULL,
    "Recipient" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ReadAtUtc" TEXT NULL,
    CONSTRAINT "FK_wf_carbon_copies_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_incidents" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "StackTrace" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ResolvedAtUtc" TEXT NULL,
    "ResolvedBy" TEXT NULL,
    CONSTRAINT "FK_wf_incidents_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_journal" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_journal" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ElementId" TEXT NULL,
    "TaskId" TEXT NULL,
    "Actor" TEXT NULL,
    "Comment" TEXT NULL,
    "Outcome" TEXT NULL,
    "VariablesJson" TEXT NULL,
    "Detail" TEXT NULL,
    CONSTRAINT "FK_wf_journal_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_outbox" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "PayloadJson" TEXT NOT NULL,
    "StepId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DispatchedAtUtc" TEXT NULL,
    CONSTRAINT "FK_wf_outbox_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_subscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_subscriptions" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "MessageName" TEXT NOT NULL,
    "BusinessKey" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ClosedAtUtc" TEXT NULL,
    CONSTRAINT "FK_wf_subscriptions_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_timers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_timers" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "DueAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeasedUntilUtc" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ClosedAtUtc" TEXT NULL,
    CONSTRAINT "FK_wf_timers_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_user_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_user_tasks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "BusinessKey" TEXT NULL,
    "ElementId" TEXT NOT NULL,
    "Name" TEXT NULL,
    "TokenId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Assignee" TEXT NULL,
    "Owner" TEXT NULL,
    "Delegation" TEXT NOT NULL,
    "CandidateRoles" TEXT NOT NULL,
    "CandidateScope" TEXT NULL,
    "FormKey" TEXT NULL,
    "DueDate" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "LastActionAtUtc" TEXT NULL,
    "ClosedAtUtc" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "Outcome" TEXT NULL,
    "LoopIndex" INTEGER NULL,
    "ElementValueJson" TEXT NULL,
    CONSTRAINT "FK_wf_user_tasks_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "wf_task_candidates" (
    "TaskId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "PK_wf_task_candidates" PRIMARY KEY ("TaskId", "Role"),
    CONSTRAINT "FK_wf_task_candidates_wf_user_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "wf_user_tasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_wf_carbon_copies_InstanceId" ON "wf_carbon_copies" ("InstanceId");

CREATE INDEX "IX_wf_carbon_copies_Recipient_CreatedAtUtc" ON "wf_carbon_copies" ("Recipient", "CreatedAtUtc");

CREATE INDEX "IX_wf_incidents_InstanceId_CreatedAtUtc" ON "wf_incidents" ("InstanceId", "CreatedAtUtc");

CREATE INDEX "IX_wf_incidents_Status_CreatedAtUtc" ON "wf_incidents" ("Status", "CreatedAtUtc");

CREATE INDEX "IX_wf_instances_BusinessKey" ON "wf_instances" ("BusinessKey");

CREATE INDEX "IX_wf_instances_ProcessId_Status" ON "wf_instances" ("ProcessId", "Status");

CREATE UNIQUE INDEX "IX_wf_journal_InstanceId_Sequence" ON "wf_journal" ("InstanceId", "Sequence");

CREATE INDEX "IX_wf_outbox_CreatedAtUtc" ON "wf_outbox" ("CreatedAtUtc") WHERE "DispatchedAtUtc" IS NULL;

CREATE INDEX "IX_wf_outbox_InstanceId" ON "wf_outbox" ("InstanceId");

CREATE INDEX "IX_wf_subscriptions_InstanceId" ON "wf_subscriptions" ("InstanceId");

CREATE INDEX "IX_wf_subscriptions_MessageName_BusinessKey_Status" ON "wf_subscriptions" ("MessageName", "BusinessKey", "Status");

CREATE INDEX "IX_wf_task_candidates_Role_TaskId" ON "wf_task_candidates" ("Role", "TaskId");

CREATE INDEX "IX_wf_timers_InstanceId" ON "wf_timers" ("InstanceId");

CREATE INDEX "IX_wf_timers_Status_DueAtUtc" ON "wf_timers" ("Status", "DueAtUtc");

CREATE INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc" ON "wf_user_tasks" ("Assignee", "Status", "CreatedAtUtc");

CREATE INDEX "IX_wf_user_tasks_InstanceId" ON "wf_user_tasks" ("InstanceId");

CREATE INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc" ON "wf_user_tasks" ("Status", "CandidateScope", "CreatedAtUtc");

