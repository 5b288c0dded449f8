CREATE TABLE data_fields (
    "Id" uuid NOT NULL,
    "Name" character varying(40) NOT NULL,
    "NameEn" character varying(80),
    "Group" character varying(20) NOT NULL,
    "Synonyms" character varying(820) NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_data_fields" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_data_fields_Name" ON data_fields ("Name");


ALTER TABLE submissions ADD "CollectedFields" character varying(2050) NOT NULL DEFAULT ('');
ALTER TABLE submissions ADD "ReusesSubmissionId" uuid;
ALTER TABLE assignments ADD "CollectionReused" boolean NOT NULL DEFAULT FALSE;
