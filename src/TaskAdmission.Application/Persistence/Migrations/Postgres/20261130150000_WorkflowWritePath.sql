-- The hand-written workflow write path (src/TaskAdmission.Data/Workflows/Postgres/PostgresWorkflowWriter.cs) sends a
-- command's whole change set as one batch, often without an explicit transaction: the batch is then its own implicit
-- transaction, which an error rolls back. Each guarded UPDATE ("the instance still at the version I read", "the task
-- still open") ends in SELECT wf_expect_one(count(*), <its index>): a guard that found no row raises SQLSTATE WF001
-- with the index in its message (DETAIL is redacted by Npgsql by default), so the batch stops and nothing of it is written; the store reports a conflict naming that
-- row.

CREATE FUNCTION wf_expect_one(matched bigint, guard integer) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    IF matched <> 1 THEN
        RAISE EXCEPTION 'workflow guard %: the row is no longer as the command read it (% rows matched)', guard, matched USING ERRCODE = 'WF001';
    END IF;
    RETURN matched;
END
$$;
