-- WorkflowPartialIndexes (Sqlite): the "completed by" and business-key indexes hold only rows that have a value.
DROP INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc";
CREATE INDEX "IX_wf_user_tasks_CompletedBy_ClosedAtUtc" ON "wf_user_tasks" ("CompletedBy", "ClosedAtUtc") WHERE "CompletedBy" IS NOT NULL;
DROP INDEX "IX_wf_instances_BusinessKey";
CREATE INDEX "IX_wf_instances_BusinessKey" ON "wf_instances" ("BusinessKey") WHERE "BusinessKey" IS NOT NULL;
