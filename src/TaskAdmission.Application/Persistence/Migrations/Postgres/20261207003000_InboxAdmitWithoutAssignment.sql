-- Every village inbox is built from assignments (AdmittedWork.ForVillage: the assignment joined to its admitted
-- village row and its admitted submission). A village row, or a submission, turning admitted while the village has no
-- assignment of that submission changes nothing any inbox shows: no village is named for it. A township's decision
-- that queues its dispatch (more than Villages:DispatchChunk villages) used to send all 200–1,000 villages it admitted,
-- and the dispatch chunk that wrote their assignments a moment later sent them again (issue 20, session 29: 1,325 of a
-- Monday morning's 1,661 chunk removals were of entries kept after the decision had evicted the same village). Whoever
-- writes the assignment later names the village then (the assignments triggers, unchanged). Un-admitting (a row or a
-- submission no longer admitted), a row admitted before and after, and a row deleted name their villages as before.
-- The 'tasks:' part (the pre-check's running-task index) is unchanged. No trigger changes: still 28, all ENABLE ALWAYS.
-- Exact also against a concurrent writer: an assignment is written only for a village row already admitted and
-- committed (the dispatch reads "Admitted" and holds the submission's row), so no assignment of a row this statement
-- admits can commit unseen by it.

CREATE OR REPLACE FUNCTION village_inbox_village_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(
            SELECT DISTINCT n."VillageCode" FROM new_rows n
            WHERE n."Admitted"
              AND EXISTS (SELECT 1 FROM assignments a WHERE a."SubmissionId" = n."SubmissionId" AND a."VillageCode" = n."VillageCode")
            LIMIT 20001));
        PERFORM village_inbox_tasks_notify(ARRAY(SELECT DISTINCT "SubmissionId" FROM new_rows WHERE "Admitted" LIMIT 5001));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(
            SELECT n."VillageCode" FROM new_rows n
            WHERE n."Admitted"
              AND (EXISTS (SELECT 1 FROM old_rows o
                           WHERE o."SubmissionId" = n."SubmissionId" AND o."VillageCode" = n."VillageCode" AND o."Admitted")
                   OR EXISTS (SELECT 1 FROM assignments a WHERE a."SubmissionId" = n."SubmissionId" AND a."VillageCode" = n."VillageCode"))
            UNION
            SELECT "VillageCode" FROM old_rows WHERE "Admitted"
            LIMIT 20001));
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
        WHERE village_inbox_is_admitted(n."Status") IS DISTINCT FROM village_inbox_is_admitted(o."Status") AND sv."Admitted"
          AND (NOT village_inbox_is_admitted(n."Status")
               OR EXISTS (SELECT 1 FROM assignments a WHERE a."SubmissionId" = sv."SubmissionId" AND a."VillageCode" = sv."VillageCode"))
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

-- CREATE OR REPLACE resets a function's settings: resolve table names the same way whatever the writer's search_path.
ALTER FUNCTION village_inbox_village_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
