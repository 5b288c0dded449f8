-- Lists (Sqlite): published lists (list_sets, list_items); DDL from schema-script.

CREATE TABLE "list_sets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_list_sets" PRIMARY KEY,
    "AuthorityOrgUnitCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "VersionLabel" TEXT NOT NULL,
    "EffectiveFrom" TEXT NULL,
    "EffectiveTo" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ParentListSetId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedBy" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    CONSTRAINT "FK_list_sets_list_sets_ParentListSetId" FOREIGN KEY ("ParentListSetId") REFERENCES "list_sets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "list_items" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_list_items" PRIMARY KEY,
    "ListSetId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "TitleZh" TEXT NOT NULL,
    "TitleEn" TEXT NULL,
    "Category" TEXT NULL,
    "DepartmentCode" TEXT NULL,
    "LegalBasis" TEXT NULL,
    "AllowedDemands" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_list_items_list_sets_ListSetId" FOREIGN KEY ("ListSetId") REFERENCES "list_sets" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_list_sets_AuthorityOrgUnitCode_Status" ON "list_sets" ("AuthorityOrgUnitCode", "Status");

CREATE INDEX "IX_list_sets_ParentListSetId" ON "list_sets" ("ParentListSetId");

CREATE INDEX "IX_list_items_DepartmentCode" ON "list_items" ("DepartmentCode");

CREATE UNIQUE INDEX "IX_list_items_ListSetId_Code" ON "list_items" ("ListSetId", "Code");
