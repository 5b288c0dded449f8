CREATE TABLE wf_start_timers (
    "Id" uuid NOT NULL,
    "ProcessId" character varying(200) NOT NULL,
    "Version" integer NOT NULL,
    "ElementId" character varying(200) NOT NULL,
    "DueAtUtc" timestamp with time zone NOT NULL,
    "Fired" integer NOT NULL,
    "LeaseOwner" character varying(200),
    "LeasedUntilUtc" timestamp with time zone,
    CONSTRAINT "PK_wf_start_timers" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_wf_start_timers_DueAtUtc" ON wf_start_timers ("DueAtUtc");

CREATE UNIQUE INDEX "IX_wf_start_timers_ProcessId_ElementId" ON wf_start_timers ("ProcessId", "ElementId");


ALTER TABLE wf_user_tasks ADD "CandidateUsers" character varying(2000);
