-- The pre-check's running-task index (RunningTaskIndex) holds, per node, the admitted tasks still running and the
-- villages each is admitted in, and answers "which running tasks reach these villages" without the running-task
-- statement. It rides on the village inbox's channel and listener like the other read caches, but is refreshed per
-- task: every statement that may change what a pre-check sees of a running task sends 'tasks:' and the ids of the
-- submissions it changed (comma-separated, up to 150 per notification: 37 bytes each under NOTIFY's 8,000-byte limit),
-- and each node re-reads only those tasks. More than 5,000 ids in one statement, or a TRUNCATE, send 'tasks' (every
-- node reloads every running task). What a pre-check sees of a task: its status (one of the four admitted ones), end
-- date, number, department, title, collected fields, demand kinds, and the villages admitted on it.
--
-- 1. submission_villages (existing triggers village_inbox_ins/upd/del): rows admitted before or after also send their
--    submission ids (a township's admission, a revocation, an exit, a partial admission).
-- 2. submissions (existing village_inbox_upd, new village_inbox_tasks_ins/del): a row admitted before or after whose
--    status, end date or any shown column changed; a new or deleted admitted row.
-- 3. submission_demands (new village_inbox_tasks_*): rows of admitted submissions (their demand kinds).
-- The listener's heartbeat counts the six new triggers among the village_inbox* ones (28 now).

CREATE FUNCTION village_inbox_tasks_notify(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n int := coalesce(cardinality(ids), 0);
    i int := 1;
BEGIN
    IF n = 0 THEN
        RETURN;
    END IF;
    IF n > 5000 THEN
        PERFORM pg_notify('village_inbox', 'tasks');
        RETURN;
    END IF;
    WHILE i <= n LOOP
        PERFORM pg_notify('village_inbox', 'tasks:' || array_to_string(ids[i:i + 149], ','));
        i := i + 150;
    END LOOP;
END $$;

CREATE FUNCTION village_inbox_is_admitted(status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT status IN ('Admitted', 'PartiallyAdmitted', 'SpecialAdmitted', 'EmergencyAdmitted')
$$;

CREATE OR REPLACE FUNCTION village_inbox_village_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM new_rows WHERE "Admitted" LIMIT 20001));
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT DISTINCT "SubmissionId" FROM new_rows WHERE "Admitted" LIMIT 5001));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT "VillageCode" FROM new_rows WHERE "Admitted" UNION SELECT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 20001));
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT "SubmissionId" FROM new_rows WHERE "Admitted" UNION SELECT "SubmissionId" FROM old_rows WHERE "Admitted" LIMIT 5001));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 20001));
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT DISTINCT "SubmissionId" FROM old_rows WHERE "Admitted" LIMIT 5001));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION village_inbox_submissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM village_inbox_notify(ARRAY(
        SELECT DISTINCT sv."VillageCode"
        FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" JOIN submission_villages sv ON sv."SubmissionId" = n."Id"
        WHERE n."Status" IS DISTINCT FROM o."Status" AND sv."Admitted"
        LIMIT 20001));
    PERFORM village_inbox_tasks_notify(ARRAY(
        SELECT n."Id"
        FROM new_rows n JOIN old_rows o ON o."Id" = n."Id"
        WHERE (village_inbox_is_admitted(n."Status") OR village_inbox_is_admitted(o."Status"))
          AND (n."Status", n."EndDate", n."Number", n."DepartmentCode", n."Title", n."CollectedFields")
              IS DISTINCT FROM (o."Status", o."EndDate", o."Number", o."DepartmentCode", o."Title", o."CollectedFields")
        LIMIT 5001));
    RETURN NULL;
END $$;

CREATE FUNCTION village_inbox_tasks_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT "Id" FROM new_rows WHERE village_inbox_is_admitted("Status") LIMIT 5001));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT "Id" FROM old_rows WHERE village_inbox_is_admitted("Status") LIMIT 5001));
    END IF;
    RETURN NULL;
END $$;

-- Demands of admitted submissions only (a draft's edits matter to no running task). A deleted submission's demands go
-- with it (the submission's own trigger sends its id).
CREATE FUNCTION village_inbox_tasks_demands_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_tasks_notify(ARRAY(
            SELECT DISTINCT d."SubmissionId" FROM new_rows d JOIN submissions s ON s."Id" = d."SubmissionId"
            WHERE village_inbox_is_admitted(s."Status") LIMIT 5001));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_tasks_notify(ARRAY(
            SELECT d."SubmissionId" FROM (SELECT "SubmissionId" FROM new_rows UNION SELECT "SubmissionId" FROM old_rows) d
            JOIN submissions s ON s."Id" = d."SubmissionId" WHERE village_inbox_is_admitted(s."Status") LIMIT 5001));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_tasks_notify(ARRAY(
            SELECT DISTINCT d."SubmissionId" FROM old_rows d JOIN submissions s ON s."Id" = d."SubmissionId"
            WHERE village_inbox_is_admitted(s."Status") LIMIT 5001));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION village_inbox_tasks_all_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'tasks');
    RETURN NULL;
END $$;

CREATE TRIGGER village_inbox_tasks_ins AFTER INSERT ON submissions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_rows_changed();
CREATE TRIGGER village_inbox_tasks_del AFTER DELETE ON submissions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_rows_changed();
CREATE TRIGGER village_inbox_tasks_ins AFTER INSERT ON submission_demands REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_demands_changed();
CREATE TRIGGER village_inbox_tasks_upd AFTER UPDATE ON submission_demands REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_demands_changed();
CREATE TRIGGER village_inbox_tasks_del AFTER DELETE ON submission_demands REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_demands_changed();
CREATE TRIGGER village_inbox_tasks_trunc AFTER TRUNCATE ON submission_demands
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_tasks_all_changed();

-- Fire always (see VillageInboxNotify): a change the index is not told about would be served until its max age.
ALTER TABLE submissions ENABLE ALWAYS TRIGGER village_inbox_tasks_ins;
ALTER TABLE submissions ENABLE ALWAYS TRIGGER village_inbox_tasks_del;
ALTER TABLE submission_demands ENABLE ALWAYS TRIGGER village_inbox_tasks_ins;
ALTER TABLE submission_demands ENABLE ALWAYS TRIGGER village_inbox_tasks_upd;
ALTER TABLE submission_demands ENABLE ALWAYS TRIGGER village_inbox_tasks_del;
ALTER TABLE submission_demands ENABLE ALWAYS TRIGGER village_inbox_tasks_trunc;

-- CREATE OR REPLACE resets a function's settings: resolve table names the same way whatever the writer's search_path.
ALTER FUNCTION village_inbox_tasks_notify(uuid[]) SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_village_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_tasks_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_tasks_demands_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_tasks_all_changed() SET search_path = public, pg_catalog;
