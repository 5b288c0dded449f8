-- The pre-check's read caches of lists in force and of the data-field dictionary (PrecheckReadCache) ride on the
-- village inbox's channel and listener like the org tree and API keys (ReadCacheSignals): any change to list sets or
-- their items sends 'lists' (publish, withdraw, refine, re-date — drafts too: rare, and one notification per
-- statement), any change to data_fields sends 'fields'. Departments already send 'org'. The listener's heartbeat
-- counts these three triggers among the village_inbox* ones that must exist and fire always.

CREATE FUNCTION village_inbox_lists_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'lists');
    RETURN NULL;
END $$;

CREATE FUNCTION village_inbox_fields_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'fields');
    RETURN NULL;
END $$;

CREATE TRIGGER village_inbox_lists AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON list_sets
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_lists_changed();
CREATE TRIGGER village_inbox_lists AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON list_items
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_lists_changed();
CREATE TRIGGER village_inbox_fields AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON data_fields
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_fields_changed();

ALTER TABLE list_sets ENABLE ALWAYS TRIGGER village_inbox_lists;
ALTER TABLE list_items ENABLE ALWAYS TRIGGER village_inbox_lists;
ALTER TABLE data_fields ENABLE ALWAYS TRIGGER village_inbox_fields;

ALTER FUNCTION village_inbox_lists_changed() SET search_path = public, pg_catalog;
ALTER FUNCTION village_inbox_fields_changed() SET search_path = public, pg_catalog;
