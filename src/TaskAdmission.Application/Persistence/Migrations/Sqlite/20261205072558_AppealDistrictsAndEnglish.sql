-- Every district a pre-check appeal reaches (the lead district, which decides, among them): their joint reviewers read
-- the appeal and their list administrators see its overruled findings. Existing appeals get the districts of their
-- submission's villages, and their lead district in any case.
CREATE TABLE "precheck_appeal_districts" (
    "AppealId" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    CONSTRAINT "PK_precheck_appeal_districts" PRIMARY KEY ("AppealId", "DistrictCode"),
    CONSTRAINT "FK_precheck_appeal_districts_precheck_appeals_AppealId" FOREIGN KEY ("AppealId") REFERENCES "precheck_appeals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_precheck_appeal_districts_DistrictCode" ON "precheck_appeal_districts" ("DistrictCode");

INSERT INTO "precheck_appeal_districts" ("AppealId", "DistrictCode")
SELECT DISTINCT a."Id", v."DistrictCode"
FROM "precheck_appeals" a JOIN "submission_villages" v ON v."SubmissionId" = a."SubmissionId"
WHERE v."DistrictCode" <> ''
  AND NOT EXISTS (SELECT 1 FROM "precheck_appeal_districts" d WHERE d."AppealId" = a."Id" AND d."DistrictCode" = v."DistrictCode");

INSERT INTO "precheck_appeal_districts" ("AppealId", "DistrictCode")
SELECT a."Id", a."DistrictCode" FROM "precheck_appeals" a
WHERE a."DistrictCode" <> ''
  AND NOT EXISTS (SELECT 1 FROM "precheck_appeal_districts" d WHERE d."AppealId" = a."Id" AND d."DistrictCode" = a."DistrictCode");

-- The appealed finding's message and basis in English, kept at appeal time (null for the appeals made before: shown in Chinese).
ALTER TABLE "precheck_appeal_findings" ADD "MessageEn" TEXT NULL;
ALTER TABLE "precheck_appeal_findings" ADD "LegalBasisEn" TEXT NULL;
