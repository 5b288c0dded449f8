-- A submission's status change evicts its admitted villages' inboxes only when it changes what they show: whether the
-- submission is admitted (one of the four admitted statuses, village_inbox_is_admitted) — the inbox's gate reads
-- nothing else of the status, and no inbox shows it. Until now every status change did, so the last township's
-- decision on a city-scale task (PartiallyAdmitted → Admitted) evicted every village admitted on it before, up to
-- 1,000 inboxes whose content had not changed (issue 20: a miss each for nothing). The villages whose own row the
-- decision admitted are still sent by the submission_villages trigger; the 'tasks:' part is unchanged.

CREATE OR REPLACE FUNCTION village_inbox_submissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM village_inbox_notify(ARRAY(
        SELECT DISTINCT sv."VillageCode"
        FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" JOIN submission_villages sv ON sv."SubmissionId" = n."Id"
        WHERE village_inbox_is_admitted(n."Status") IS DISTINCT FROM village_inbox_is_admitted(o."Status") AND sv."Admitted"
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
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
