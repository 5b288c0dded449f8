-- A write of a node evicted its villages twice: right after its commit (VillageInboxWriteInterceptor, CommitHooks) and
-- again when its own notification came back a few milliseconds later, so a read in between was kept and then dropped
-- (one extra miss; never a stale hit). A notification carried nothing to tell the two apart. Now each village list
-- names the transaction that wrote the rows: '@', its id (xid8) and a comma ahead of the codes. A node that evicted
-- these villages after that transaction committed — it asks the id as it commits — leaves them; every other node, and a
-- village the commit did not evict itself (a raw statement in the same transaction), evicts as before. A list sent by
-- a transaction that wrote nothing (a bare SELECT village_inbox_notify(...)) has no id and no tag. Code of an earlier
-- version reads the tag as one more code that names no village. No trigger changes: still 28, all ENABLE ALWAYS.

CREATE OR REPLACE FUNCTION village_inbox_notify(villages text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n int := coalesce(cardinality(villages), 0);
    i int := 1;
    tag text := coalesce('@' || pg_current_xact_id_if_assigned()::text || ',', '');
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
        PERFORM pg_notify('village_inbox', tag || payload);
        i := i + 500;
    END LOOP;
END $$;

-- CREATE OR REPLACE resets a function's settings: resolve table names the same way whatever the writer's search_path.
ALTER FUNCTION village_inbox_notify(text[]) SET search_path = public, pg_catalog;
