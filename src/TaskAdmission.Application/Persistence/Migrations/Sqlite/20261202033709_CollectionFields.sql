CREATE TABLE "data_fields" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_data_fields" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NULL,
    "Group" TEXT NOT NULL,
    "Synonyms" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_data_fields_Name" ON "data_fields" ("Name");


ALTER TABLE "submissions" ADD "CollectedFields" TEXT NOT NULL DEFAULT ('');
ALTER TABLE "submissions" ADD "ReusesSubmissionId" TEXT NULL;
ALTER TABLE "assignments" ADD "CollectionReused" INTEGER NOT NULL DEFAULT 0;
