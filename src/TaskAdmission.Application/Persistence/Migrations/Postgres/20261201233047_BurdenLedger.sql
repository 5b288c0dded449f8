CREATE TABLE burden_baselines (
    "Id" uuid NOT NULL,
    "OrgUnitCode" character varying(12) NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Year" integer NOT NULL,
    "Items" integer NOT NULL,
    "Submissions" integer NOT NULL,
    "Origin" character varying(16) NOT NULL,
    "Note" character varying(500),
    "RecordedBy" character varying(256) NOT NULL,
    "RecordedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_burden_baselines" PRIMARY KEY ("Id")
);

CREATE TABLE burden_ledger (
    "VillageCode" character varying(12) NOT NULL,
    "DepartmentCode" character varying(32) NOT NULL,
    "Source" character varying(16) NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Year" integer NOT NULL,
    "TownshipCode" character varying(12) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    "Items01" integer NOT NULL,
    "Items02" integer NOT NULL,
    "Items03" integer NOT NULL,
    "Items04" integer NOT NULL,
    "Items05" integer NOT NULL,
    "Items06" integer NOT NULL,
    "Items07" integer NOT NULL,
    "Items08" integer NOT NULL,
    "Items09" integer NOT NULL,
    "Items10" integer NOT NULL,
    "Items11" integer NOT NULL,
    "Items12" integer NOT NULL,
    "ItemsQ1" integer NOT NULL,
    "ItemsQ2" integer NOT NULL,
    "ItemsQ3" integer NOT NULL,
    "ItemsQ4" integer NOT NULL,
    "ItemsYear" integer NOT NULL,
    "Submissions01" integer NOT NULL,
    "Submissions02" integer NOT NULL,
    "Submissions03" integer NOT NULL,
    "Submissions04" integer NOT NULL,
    "Submissions05" integer NOT NULL,
    "Submissions06" integer NOT NULL,
    "Submissions07" integer NOT NULL,
    "Submissions08" integer NOT NULL,
    "Submissions09" integer NOT NULL,
    "Submissions10" integer NOT NULL,
    "Submissions11" integer NOT NULL,
    "Submissions12" integer NOT NULL,
    CONSTRAINT "PK_burden_ledger" PRIMARY KEY ("VillageCode", "Year", "Kind", "DepartmentCode", "Source")
)
WITH (fillfactor=70);

CREATE TABLE burden_targets (
    "Id" uuid NOT NULL,
    "OrgUnitCode" character varying(12) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Kind" character varying(16),
    "Measure" character varying(16) NOT NULL,
    "Goal" character varying(32) NOT NULL,
    "Value" numeric(12,2) NOT NULL,
    "StartDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_burden_targets" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_burden_baselines_OrgUnitCode_Kind" ON burden_baselines ("OrgUnitCode", "Kind");

CREATE INDEX "IX_burden_ledger_Year_DistrictCode_TownshipCode" ON burden_ledger ("Year", "DistrictCode", "TownshipCode");

CREATE INDEX "IX_burden_targets_OrgUnitCode" ON burden_targets ("OrgUnitCode");

ALTER TABLE unadmitted_reports ADD "Kind" character varying(16);
