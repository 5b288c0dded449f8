-- The village inbox cache (src/TaskAdmission.Data/Villages/Caching) LISTENs on channel village_inbox. Every statement
-- that changes what a village inbox shows — including COPY and set-based UPDATE/DELETE, hence statement-level triggers
-- with transition tables — sends the affected village codes, comma-separated, or 'all' when there are more than 500
-- or the payload would pass 7,000 bytes (NOTIFY's limit is 8,000). Sent at commit; nothing on rollback.

CREATE FUNCTION village_inbox_notify(villages text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    payload text;
BEGIN
    IF villages IS NULL OR cardinality(villages) = 0 THEN
        RETURN;
    END IF;
    payload := array_to_string(villages, ',');
    IF cardinality(villages) > 500 OR octet_length(payload) > 7000 THEN
        payload := 'all';
    END IF;
    PERFORM pg_notify('village_inbox', payload);
END $$;

-- assignments, submission_villages, exit_requests: the rows carry "VillageCode".
CREATE FUNCTION village_inbox_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM new_rows LIMIT 501));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT "VillageCode" FROM new_rows UNION SELECT "VillageCode" FROM old_rows LIMIT 501));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM village_inbox_notify(ARRAY(SELECT DISTINCT "VillageCode" FROM old_rows LIMIT 501));
    END IF;
    RETURN NULL;
END $$;

-- submissions: only a status change matters (the gate reads it); its villages are those of its submission_villages.
CREATE FUNCTION village_inbox_submissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM village_inbox_notify(ARRAY(
        SELECT DISTINCT sv."VillageCode"
        FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" JOIN submission_villages sv ON sv."SubmissionId" = n."Id"
        WHERE n."Status" IS DISTINCT FROM o."Status"
        LIMIT 501));
    RETURN NULL;
END $$;

-- Lookups shown on every card (decision, department and org-unit names) and TRUNCATE: every inbox.
CREATE FUNCTION village_inbox_all_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'all');
    RETURN NULL;
END $$;

CREATE TRIGGER village_inbox_ins AFTER INSERT ON assignments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_upd AFTER UPDATE ON assignments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_del AFTER DELETE ON assignments REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_trunc AFTER TRUNCATE ON assignments
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();

CREATE TRIGGER village_inbox_ins AFTER INSERT ON submission_villages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_upd AFTER UPDATE ON submission_villages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_del AFTER DELETE ON submission_villages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_trunc AFTER TRUNCATE ON submission_villages
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();

CREATE TRIGGER village_inbox_ins AFTER INSERT ON exit_requests REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_upd AFTER UPDATE ON exit_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_del AFTER DELETE ON exit_requests REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_rows_changed();
CREATE TRIGGER village_inbox_trunc AFTER TRUNCATE ON exit_requests
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();

CREATE TRIGGER village_inbox_upd AFTER UPDATE ON submissions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_submissions_changed();
CREATE TRIGGER village_inbox_trunc AFTER TRUNCATE ON submissions
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();

CREATE TRIGGER village_inbox_all AFTER UPDATE OR DELETE ON decisions
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();
CREATE TRIGGER village_inbox_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();
CREATE TRIGGER village_inbox_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_units
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_all_changed();

-- Fire always, also in sessions with session_replication_role = replica (pg_restore --disable-triggers, bulk fixes,
-- logical replication): a change the cache is not told about would be served indefinitely. The listener checks at
-- every heartbeat that all of them are still there and enabled (VillageInboxListener.TriggerCount).
ALTER TABLE assignments ENABLE ALWAYS TRIGGER village_inbox_ins;
ALTER TABLE assignments ENABLE ALWAYS TRIGGER village_inbox_upd;
ALTER TABLE assignments ENABLE ALWAYS TRIGGER village_inbox_del;
ALTER TABLE assignments ENABLE ALWAYS TRIGGER village_inbox_trunc;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_ins;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_upd;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_del;
ALTER TABLE submission_villages ENABLE ALWAYS TRIGGER village_inbox_trunc;
ALTER TABLE exit_requests ENABLE ALWAYS TRIGGER village_inbox_ins;
ALTER TABLE exit_requests ENABLE ALWAYS TRIGGER village_inbox_upd;
ALTER TABLE exit_requests ENABLE ALWAYS TRIGGER village_inbox_del;
ALTER TABLE exit_requests ENABLE ALWAYS TRIGGER village_inbox_trunc;
ALTER TABLE submissions ENABLE ALWAYS TRIGGER village_inbox_upd;
ALTER TABLE submissions ENABLE ALWAYS TRIGGER village_inbox_trunc;
ALTER TABLE decisions ENABLE ALWAYS TRIGGER village_inbox_all;
ALTER TABLE departments ENABLE ALWAYS TRIGGER village_inbox_all;
ALTER TABLE org_units ENABLE ALWAYS TRIGGER village_inbox_all;

-- Resolve table names the same way whatever search_path the writing session has.
ALTER FUNCTION village_inbox_notify(text[]) SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_rows_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_submissions_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_all_changed() SET search_path = public, pg_catalog;
