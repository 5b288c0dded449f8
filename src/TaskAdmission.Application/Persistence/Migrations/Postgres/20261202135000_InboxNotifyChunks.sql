-- A change to more than 500 villages' inboxes used to be sent as 'all': every node then forgot every village's cached
-- inbox, at each township decision of a city-scale task (500-1,000 villages), so the cache emptied about once a
-- second under a Monday morning's write stream. Now the village codes go out in notifications of up to 500 codes each
-- (a NOTIFY payload is limited to 8,000 bytes); only more than 20,000 villages in one statement, or codes too long to
-- fit, still send 'all'. The trigger functions collect up to 20,001 codes (was 501) to tell the two apart.

CREATE OR REPLACE FUNCTION village_inbox_notify(villages text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n int := coalesce(cardinality(villages), 0);
    i int := 1;
    payload text;
BEGIN
    IF n = 0 THEN
        RETURN;
    END IF;
    IF n > 20000 THEN
        PERFORM pg_notify('village_inbox', 'all');
        RETURN;
    END IF;
    WHILE i <= n LOOP
        payload := array_to_string(villages[i:i + 499], ',');
        IF octet_length(payload) > 7000 THEN
            PERFORM pg_notify('village_inbox', 'all');
            RETURN;
        END IF;
        PERFORM pg_notify('village_inbox', payload);
        i := i + 500;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION village_inbox_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM new_rows LIMIT 20001));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT "VillageCode" FROM new_rows UNION SELECT "VillageCode" FROM old_rows LIMIT 20001));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM old_rows LIMIT 20001));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION village_inbox_village_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM new_rows WHERE "Admitted" LIMIT 20001));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT "VillageCode" FROM new_rows WHERE "Admitted" UNION SELECT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 20001));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 20001));
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
    RETURN NULL;
END $$;

-- CREATE OR REPLACE resets a function's settings: resolve table names the same way whatever the writer's search_path.
ALTER FUNCTION village_inbox_notify(text[]) SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_village_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
