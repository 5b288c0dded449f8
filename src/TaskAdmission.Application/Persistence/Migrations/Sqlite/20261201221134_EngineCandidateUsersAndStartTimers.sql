CREATE TABLE "wf_start_timers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_start_timers" PRIMARY KEY,
    "ProcessId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "DueAtUtc" TEXT NOT NULL,
    "Fired" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeasedUntilUtc" TEXT NULL
);

CREATE INDEX "IX_wf_start_timers_DueAtUtc" ON "wf_start_timers" ("DueAtUtc");

CREATE UNIQUE INDEX "IX_wf_start_timers_ProcessId_ElementId" ON "wf_start_timers" ("ProcessId", "ElementId");


ALTER TABLE "wf_user_tasks" ADD "CandidateUsers" TEXT NULL;
