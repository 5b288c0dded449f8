-- VillageGateIndex (Sqlite): the village index of submission_villages carries the submission too (see the Postgres migration).
DROP INDEX "IX_submission_villages_VillageCode_Admitted";
CREATE INDEX "IX_submission_villages_VillageCode_Admitted_SubmissionId" ON "submission_villages" ("VillageCode", "Admitted", "SubmissionId");
