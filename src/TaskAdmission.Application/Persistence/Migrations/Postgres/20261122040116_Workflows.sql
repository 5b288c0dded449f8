CREATE TABLE calendar_days (
    "Date" date NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "NameZh" character varying(100) NOT NULL,
    CONSTRAINT "PK_calendar_days" PRIMARY KEY ("Date")
);

CREATE TABLE wf_definitions (
    "ProcessId" character varying(200) NOT NULL,
    "Version" integer NOT NULL,
    "Name" character varying(500),
    "ContentHash" character varying(64) NOT NULL,
    "Xml" text NOT NULL,
    "DeployedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_wf_definitions" PRIMARY KEY ("ProcessId", "Version")
);

CREATE TABLE wf_instances (
    "Id" uuid NOT NULL,
    "ProcessId" character varying(200) NOT NULL,
    "DefinitionVersion" integer NOT NULL,
    "BusinessKey" character varying(200),
    "Initiator" character varying(256),
    "Status" character varying(24) NOT NULL,
    "Version" bigint NOT NULL,
    "StartedAtUtc" timestamp with time zone NOT NULL,
    "EndedAtUtc" timestamp with time zone,
    "HasOpenIncidents" boolean NOT NULL,
    "StateJson" text NOT NULL,
    CONSTRAINT "PK_wf_instances" PRIMARY KEY ("Id")
);

CREATE TABLE wf_carbon_copies (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "TaskId" uuid,
    "ElementId" character varying(200),
    "Recipient" character varying(256) NOT NULL,
    "From" character varying(256) NOT NULL,
    "Comment" text,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ReadAtUtc" timestamp with time zone,
    CONSTRAINT "PK_wf_carbon_copies" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_carbon_copies_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_incidents (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "TokenId" integer NOT NULL,
    "ElementId" character varying(200) NOT NULL,
    "StepId" character varying(300) NOT NULL,
    "Message" text NOT NULL,
    "StackTrace" text,
    "Status" character varying(24) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ResolvedAtUtc" timestamp with time zone,
    "ResolvedBy" character varying(256),
    CONSTRAINT "PK_wf_incidents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_incidents_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_journal (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "Sequence" bigint NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "ElementId" character varying(200),
    "TaskId" uuid,
    "Actor" character varying(256),
    "Comment" text,
    "Outcome" character varying(200),
    "VariablesJson" text,
    "Detail" text,
    CONSTRAINT "PK_wf_journal" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_journal_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_outbox (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "Type" character varying(200) NOT NULL,
    "PayloadJson" text NOT NULL,
    "StepId" character varying(300),
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "DispatchedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_wf_outbox" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_outbox_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_subscriptions (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "TokenId" integer NOT NULL,
    "ElementId" character varying(200) NOT NULL,
    "MessageName" character varying(200) NOT NULL,
    "BusinessKey" character varying(200),
    "Status" character varying(24) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ClosedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_wf_subscriptions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_subscriptions_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_timers (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "TokenId" integer NOT NULL,
    "ElementId" character varying(200) NOT NULL,
    "DueAtUtc" timestamp with time zone NOT NULL,
    "Status" character varying(24) NOT NULL,
    "LeaseOwner" character varying(200),
    "LeasedUntilUtc" timestamp with time zone,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ClosedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_wf_timers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_timers_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_user_tasks (
    "Id" uuid NOT NULL,
    "InstanceId" uuid NOT NULL,
    "ProcessId" character varying(200) NOT NULL,
    "BusinessKey" character varying(200),
    "ElementId" character varying(200) NOT NULL,
    "Name" character varying(500),
    "TokenId" integer NOT NULL,
    "Status" character varying(24) NOT NULL,
    "Assignee" character varying(256),
    "Owner" character varying(256),
    "Delegation" character varying(24) NOT NULL,
    "CandidateRoles" character varying(1000) NOT NULL,
    "CandidateScope" character varying(200),
    "FormKey" character varying(200),
    "DueDate" date,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "LastActionAtUtc" timestamp with time zone,
    "ClosedAtUtc" timestamp with time zone,
    "CompletedBy" character varying(256),
    "Outcome" character varying(200),
    "LoopIndex" integer,
    "ElementValueJson" text,
    CONSTRAINT "PK_wf_user_tasks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_wf_user_tasks_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

CREATE TABLE wf_task_candidates (
    "TaskId" uuid NOT NULL,
    "Role" character varying(200) NOT NULL,
    CONSTRAINT "PK_wf_task_candidates" PRIMARY KEY ("TaskId", "Role"),
    CONSTRAINT "FK_wf_task_candidates_wf_user_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES wf_user_tasks ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_wf_carbon_copies_InstanceId" ON wf_carbon_copies ("InstanceId");

CREATE INDEX "IX_wf_carbon_copies_Recipient_CreatedAtUtc" ON wf_carbon_copies ("Recipient", "CreatedAtUtc");

CREATE INDEX "IX_wf_incidents_InstanceId_CreatedAtUtc" ON wf_incidents ("InstanceId", "CreatedAtUtc");

CREATE INDEX "IX_wf_incidents_Status_CreatedAtUtc" ON wf_incidents ("Status", "CreatedAtUtc");

CREATE INDEX "IX_wf_instances_BusinessKey" ON wf_instances ("BusinessKey");

CREATE INDEX "IX_wf_instances_ProcessId_Status" ON wf_instances ("ProcessId", "Status");

CREATE UNIQUE INDEX "IX_wf_journal_InstanceId_Sequence" ON wf_journal ("InstanceId", "Sequence");

CREATE INDEX "IX_wf_outbox_CreatedAtUtc" ON wf_outbox ("CreatedAtUtc") WHERE "DispatchedAtUtc" IS NULL;

CREATE INDEX "IX_wf_outbox_InstanceId" ON wf_outbox ("InstanceId");

CREATE INDEX "IX_wf_subscriptions_InstanceId" ON wf_subscriptions ("InstanceId");

CREATE INDEX "IX_wf_subscriptions_MessageName_BusinessKey_Status" ON wf_subscriptions ("MessageName", "BusinessKey", "Status");

CREATE INDEX "IX_wf_task_candidates_Role_TaskId" ON wf_task_candidates ("Role", "TaskId");

CREATE INDEX "IX_wf_timers_InstanceId" ON wf_timers ("InstanceId");

CREATE INDEX "IX_wf_timers_Status_DueAtUtc" ON wf_timers ("Status", "DueAtUtc");

CREATE INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc" ON wf_user_tasks ("Assignee", "Status", "CreatedAtUtc");

CREATE INDEX "IX_wf_user_tasks_InstanceId" ON wf_user_tasks ("InstanceId");

CREATE INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc" ON wf_user_tasks ("Status", "CandidateScope", "CreatedAtUtc");

