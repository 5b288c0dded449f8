-- WorkflowHotPathForeignKeys (Postgres): the rows every engine step inserts carry no foreign key to their instance or task.
-- Each key made the server run a nested SELECT ... FOR KEY SHARE of the parent per row inserted (six per instance of the
-- durability load: two tasks, a timer, two journal pages, a candidate role) and lock the parent row (a WAL record and a
-- dirtied page per command) — 8.7 % of PostgreSQL's CPU per instance in a profile of the engine-cost harness. The write
-- path keeps what the keys guarded: these rows are written only in the batch of a command on their instance, after the
-- instance's insert or version-guarded update, so a batch for a missing or moved-on instance fails before anything of it
-- is kept; instances and tasks are never deleted (no cascade is lost). The indexes on "InstanceId" stay (the load and the
-- console read by them). SQLite keeps the keys (WorkflowHotPathForeignKeys.cs explains why).
ALTER TABLE wf_user_tasks DROP CONSTRAINT "FK_wf_user_tasks_wf_instances_InstanceId";
ALTER TABLE wf_timers DROP CONSTRAINT "FK_wf_timers_wf_instances_InstanceId";
ALTER TABLE wf_journal_pages DROP CONSTRAINT "FK_wf_journal_pages_wf_instances_InstanceId";
ALTER TABLE wf_task_candidates DROP CONSTRAINT "FK_wf_task_candidates_wf_user_tasks_TaskId";
