CREATE TABLE "burden_baselines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_burden_baselines" PRIMARY KEY,
    "OrgUnitCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Items" INTEGER NOT NULL,
    "Submissions" INTEGER NOT NULL,
    "Origin" TEXT NOT NULL,
    "Note" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "burden_ledger" (
    "VillageCode" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "TownshipCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    "Items01" INTEGER NOT NULL,
    "Items02" INTEGER NOT NULL,
    "Items03" INTEGER NOT NULL,
    "Items04" INTEGER NOT NULL,
    "Items05" INTEGER NOT NULL,
    "Items06" INTEGER NOT NULL,
    "Items07" INTEGER NOT NULL,
    "Items08" INTEGER NOT NULL,
    "Items09" INTEGER NOT NULL,
    "Items10" INTEGER NOT NULL,
    "Items11" INTEGER NOT NULL,
    "Items12" INTEGER NOT NULL,
    "ItemsQ1" INTEGER NOT NULL,
    "ItemsQ2" INTEGER NOT NULL,
    "ItemsQ3" INTEGER NOT NULL,
    "ItemsQ4" INTEGER NOT NULL,
    "ItemsYear" INTEGER NOT NULL,
    "Submissions01" INTEGER NOT NULL,
    "Submissions02" INTEGER NOT NULL,
    "Submissions03" INTEGER NOT NULL,
    "Submissions04" INTEGER NOT NULL,
    "Submissions05" INTEGER NOT NULL,
    "Submissions06" INTEGER NOT NULL,
    "Submissions07" INTEGER NOT NULL,
    "Submissions08" INTEGER NOT NULL,
    "Submissions09" INTEGER NOT NULL,
    "Submissions10" INTEGER NOT NULL,
    "Submissions11" INTEGER NOT NULL,
    "Submissions12" INTEGER NOT NULL,
    CONSTRAINT "PK_burden_ledger" PRIMARY KEY ("VillageCode", "Year", "Kind", "DepartmentCode", "Source")
);

CREATE TABLE "burden_targets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_burden_targets" PRIMARY KEY,
    "OrgUnitCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NULL,
    "Measure" TEXT NOT NULL,
    "Goal" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_burden_baselines_OrgUnitCode_Kind" ON "burden_baselines" ("OrgUnitCode", "Kind");

CREATE INDEX "IX_burden_ledger_Year_DistrictCode_TownshipCode" ON "burden_ledger" ("Year", "DistrictCode", "TownshipCode");

CREATE INDEX "IX_burden_targets_OrgUnitCode" ON "burden_targets" ("OrgUnitCode");

ALTER TABLE "unadmitted_reports" ADD "Kind" TEXT NULL;
