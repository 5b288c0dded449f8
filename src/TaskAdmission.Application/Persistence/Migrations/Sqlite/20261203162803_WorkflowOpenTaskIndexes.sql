-- WorkflowOpenTaskIndexes (Sqlite): the inbox indexes of wf_user_tasks hold only open tasks (see the Postgres migration).
DROP INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc";
CREATE INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc" ON "wf_user_tasks" ("Assignee", "Status", "CreatedAtUtc") WHERE "Status" = 'Open';
DROP INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc";
CREATE INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc" ON "wf_user_tasks" ("Status", "CandidateScope", "CreatedAtUtc") WHERE "Status" = 'Open';
