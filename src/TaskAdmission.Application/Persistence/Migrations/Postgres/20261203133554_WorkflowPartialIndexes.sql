-- WorkflowPartialIndexes (Postgres): the "completed by" and business-key indexes hold only rows that have a value.
-- Every task is created open (CompletedBy NULL) and many instances have no business key: those rows no longer get an
-- index entry on insert (or on an update that is not HOT), and every query on these columns compares with a value.
DROP INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc";
CREATE INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc" ON wf_user_tasks ("CompletedBy", "ClosedAtUtc") WHERE "CompletedBy" IS NOT NULL;
DROP INDEX "IX_wf_instances_BusinessKey";
CREATE INDEX "IX_wf_instances_BusinessKey" ON wf_instances ("BusinessKey") WHERE "BusinessKey" IS NOT NULL;
-- Room on each page for the next version of an instance row: its update (every engine command makes one) stays HOT.
-- Applies to pages written from now on; existing pages keep their fill until they are rewritten.
ALTER TABLE wf_instances SET (fillfactor = 80);
