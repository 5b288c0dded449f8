CREATE TABLE "console_saved_filters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_console_saved_filters" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_console_saved_filters_UserName_Name" ON "console_saved_filters" ("UserName", "Name");


ALTER TABLE "wf_definitions" ADD "DeployedBy" TEXT NULL;

CREATE INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc" ON "wf_user_tasks" ("CompletedBy", "ClosedAtUtc");

CREATE INDEX "IX_wf_instances_Initiator_StartedAtUtc" ON "wf_instances" ("Initiator", "StartedAtUtc");

CREATE INDEX "IX_wf_instances_StartedAtUtc" ON "wf_instances" ("StartedAtUtc");
