-- The sign-in cookie check compares the cookie's security stamp with the user's on every request; SecurityStampCache
-- keeps the stamps read while the notification path is proved live. Any write that may change a stamp (Identity
-- updates a user's whole row, so an UPDATE naming the column is enough to fire), a deletion or a TRUNCATE sends
-- 'users' and every node forgets every stamp it kept. The trigger's name starts with village_inbox so the listener's
-- heartbeat requires it present and ENABLE ALWAYS like the others (19 now).

CREATE FUNCTION village_inbox_users_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('village_inbox', 'users');
    RETURN NULL;
END $$;

CREATE TRIGGER village_inbox_users AFTER UPDATE OF "SecurityStamp" OR DELETE OR TRUNCATE ON "AspNetUsers"
    FOR EACH STATEMENT EXECUTE FUNCTION village_inbox_users_changed();
ALTER TABLE "AspNetUsers" ENABLE ALWAYS TRIGGER village_inbox_users;
ALTER FUNCTION village_inbox_users_changed() SET search_path = public, pg_catalog;
