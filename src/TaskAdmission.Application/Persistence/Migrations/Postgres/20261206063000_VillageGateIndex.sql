-- VillageGateIndex (Postgres): the village index of submission_villages carries the submission too.
-- Every village read passes the gate (AdmittedWork): its assignments joined to their submission_villages rows, which must
-- be Admitted. With ("VillageCode", "Admitted") only, PostgreSQL found each row through the primary key, one descent of the
-- index and one heap page per assignment (issue 20: 40 of an inbox miss's 65 buffers on 10,000 villages with 20 tasks
-- each). With the submission in the key, a village's admitted rows are one range of one index, read without the heap
-- where the pages are all-visible, and joined to its assignments by hash.
DROP INDEX "IX_submission_villages_VillageCode_Admitted";
CREATE INDEX "IX_submission_villages_VillageCode_Admitted_SubmissionId" ON submission_villages ("VillageCode", "Admitted", "SubmissionId");
