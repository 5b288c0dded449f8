-- Read caches of the pre-check's path (OrgDirectoryCache, ApiKeyCache) ride on the village inbox's notification channel
-- and its listener, whose heartbeat proves every trigger named village_inbox* present and ENABLE ALWAYS.
--
-- 1. org_units and departments send 'org' (the listener evicts every inbox, as 'all' did, and the org tree).
-- 2. api_keys sends 'keys' when a key is revoked, re-dated, re-scoped or deleted (not for its last-use stamp, written
--    once a minute per key): every node forgets its verified keys at once.
-- 3. Only village rows that are or were admitted change what an inbox shows (the admitted-work gate joins on
--    "Admitted"), so a new submission's not-yet-admitted rows — 500 to 10,000 per submission — no longer send 'all'.

CREATE FUNCTION village_inbox_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'org');
    RETURN NULL;
END $$;

CREATE FUNCTION village_inbox_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'keys');
    RETURN NULL;
END $$;

DROP TRIGGER village_inbox_all ON departments;
DROP TRIGGER village_inbox_all ON org_units;
CREATE TRIGGER village_inbox_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_org_changed();
CREATE TRIGGER village_inbox_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_units
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_org_changed();
CREATE TRIGGER village_inbox_keys AFTER UPDATE OF "RevokedAtUtc", "ExpiresAtUtc", "SecretHash", "Prefix", "DepartmentCode", "Name" OR DELETE OR TRUNCATE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_keys_changed();

-- submission_villages: admitted rows only (INSERT/DELETE), rows admitted before or after (UPDATE).
CREATE FUNCTION village_inbox_village_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM new_rows WHERE "Admitted" LIMIT 501));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT "VillageCode" FROM new_rows WHERE "Admitted" UNION SELECT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 501));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM old_rows WHERE "Admitted" LIMIT 501));
    END IF;
    RETURN NULL;
END $$;

-- submissions: a status change matters only to the villages admitted on it.
CREATE OR REPLACE FUNCTION village_inbox_submissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM village_inbox_notify(ARRAY(
        SELECT DISTINCT sv."VillageCode"
        FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" JOIN submission_villages sv ON sv."SubmissionId" = n."Id"
        WHERE n."Status" IS DISTINCT FROM o."Status" AND sv."Admitted"
        LIMIT 501));
    RETURN NULL;
END $$;

DROP TRIGGER village_inbox_ins ON submission_villages;
DROP TRIGGER village_inbox_upd ON submission_villages;
DROP TRIGGER village_inbox_del ON submission_villages;
CREATE TRIGGER village_inbox_ins AFTER INSERT ON submission_villages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_village_rows_changed();
CREATE TRIGGER village_inbox_upd AFTER UPDATE ON submission_villages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_village_rows_changed();
CREATE TRIGGER village_inbox_del AFTER DELETE ON submission_villages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_village_rows_changed();

ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_ins;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_upd;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_del;
ALTER TABLE departments ENABLE ALWAYS TRIGGER village_inbox_all;
ALTER TABLE org_units ENABLE ALWAYS TRIGGER village_inbox_all;
ALTER TABLE api_keys ENABLE ALWAYS TRIGGER village_inbox_keys;

ALTER FUNCTION village_inbox_org_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_keys_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_village_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
