-- WorkflowOpenTaskIndexes (Postgres): the inbox indexes of wf_user_tasks hold only open tasks.
-- Every query that reads by them asks for open tasks ("Status" = 'Open' as a literal: TaskVisibility.WaitingFor, the
-- inbox query without IncludeClosed, the platform snapshot's open-task count); closed tasks are read by instance or by
-- "completed by" (their own indexes). A task's completion or cancellation is an update that changes "Status", so it is
-- never HOT: it wrote a new entry into each of these two indexes for a row no query would find by them. Now it writes
-- none there (engine-cost harness: 2 index entries fewer per completion), and the two indexes stay the size of the open
-- work instead of growing with every task ever closed.
DROP INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc";
CREATE INDEX "IX_wf_user_tasks_Assignee_Status_CreatedAtUtc" ON wf_user_tasks ("Assignee", "Status", "CreatedAtUtc") WHERE "Status" = 'Open';
DROP INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc";
CREATE INDEX "IX_wf_user_tasks_Status_CandidateScope_CreatedAtUtc" ON wf_user_tasks ("Status", "CandidateScope", "CreatedAtUtc") WHERE "Status" = 'Open';
