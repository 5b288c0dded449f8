-- TrustAuditChain (Postgres): audit entries become links of a hash chain; audit entries and decisions are
-- append-only (UPDATE, DELETE and TRUNCATE refused by the database itself).
ALTER TABLE audit_entries ADD "Sequence" bigint;
ALTER TABLE audit_entries ADD "PreviousHash" character varying(64);
ALTER TABLE audit_entries ADD "Hash" character varying(64);

CREATE UNIQUE INDEX "IX_audit_entries_Sequence" ON audit_entries ("Sequence");

CREATE INDEX "IX_audit_entries_Actor_AtUtc" ON audit_entries ("Actor", "AtUtc");

CREATE FUNCTION ta_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: the record is append-only', TG_OP, TG_TABLE_NAME USING ERRCODE = 'TA001';
END
$$;

-- One update is allowed: sealing a row written before the chain existed (hash and place set once, content unchanged).
CREATE FUNCTION ta_audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD."Hash" IS NULL AND NEW."Hash" IS NOT NULL AND NEW."Sequence" IS NOT NULL
        AND NEW."Id" = OLD."Id" AND NEW."AtUtc" = OLD."AtUtc" AND NEW."Actor" = OLD."Actor"
        AND NEW."Action" = OLD."Action" AND NEW."Subject" = OLD."Subject"
        AND NEW."Details" IS NOT DISTINCT FROM OLD."Details" THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% on % refused: the record is append-only', TG_OP, TG_TABLE_NAME USING ERRCODE = 'TA001';
END
$$;

CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION ta_audit_entries_guard();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ta_refuse_change();
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION ta_refuse_change();
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
    FOR EACH STATEMENT EXECUTE FUNCTION ta_refuse_change();
