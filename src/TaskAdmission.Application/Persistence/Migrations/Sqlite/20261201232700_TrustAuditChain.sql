-- TrustAuditChain (Sqlite): audit entries become links of a hash chain; audit entries and decisions are
-- append-only (UPDATE and DELETE refused by the database itself).
ALTER TABLE "audit_entries" ADD "Sequence" INTEGER NULL;
ALTER TABLE "audit_entries" ADD "PreviousHash" TEXT NULL;
ALTER TABLE "audit_entries" ADD "Hash" TEXT NULL;

CREATE UNIQUE INDEX "IX_audit_entries_Sequence" ON "audit_entries" ("Sequence");

CREATE INDEX "IX_audit_entries_Actor_AtUtc" ON "audit_entries" ("Actor", "AtUtc");

-- One update is allowed: sealing a row written before the chain existed (hash and place set once, content unchanged).
CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON "audit_entries"
WHEN OLD."Hash" IS NOT NULL OR NEW."Hash" IS NULL OR NEW."Sequence" IS NULL
    OR NEW."Id" IS NOT OLD."Id" OR NEW."AtUtc" IS NOT OLD."AtUtc" OR NEW."Actor" IS NOT OLD."Actor"
    OR NEW."Action" IS NOT OLD."Action" OR NEW."Subject" IS NOT OLD."Subject" OR NEW."Details" IS NOT OLD."Details"
BEGIN
    SELECT RAISE(ABORT, 'UPDATE on audit_entries refused: the record is append-only');
END;

CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON "audit_entries"
BEGIN
    SELECT RAISE(ABORT, 'DELETE on audit_entries refused: the record is append-only');
END;

CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON "decisions"
BEGIN
    SELECT RAISE(ABORT, 'UPDATE on decisions refused: the record is append-only');
END;

CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON "decisions"
BEGIN
    SELECT RAISE(ABORT, 'DELETE on decisions refused: the record is append-only');
END;
