CREATE TABLE console_saved_filters (
    "Id" uuid NOT NULL,
    "UserName" character varying(256) NOT NULL,
    "Name" character varying(50) NOT NULL,
    "Query" character varying(500) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_console_saved_filters" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_console_saved_filters_UserName_Name" ON console_saved_filters ("UserName", "Name");


ALTER TABLE wf_definitions ADD "DeployedBy" character varying(256);

ALTER TABLE notifications ALTER COLUMN "Audience" TYPE character varying(300);

CREATE INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc" ON wf_user_tasks ("CompletedBy", "ClosedAtUtc");

CREATE INDEX "IX_wf_instances_Initiator_StartedAtUtc" ON wf_instances ("Initiator", "StartedAtUtc");

CREATE INDEX "IX_wf_instances_StartedAtUtc" ON wf_instances ("StartedAtUtc");
