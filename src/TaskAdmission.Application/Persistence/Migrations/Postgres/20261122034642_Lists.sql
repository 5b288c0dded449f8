-- Lists (Postgres): published lists (list_sets, list_items); DDL from schema-script.

CREATE TABLE list_sets (
    "Id" uuid NOT NULL,
    "AuthorityOrgUnitCode" character varying(12) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "VersionLabel" character varying(50) NOT NULL,
    "EffectiveFrom" date,
    "EffectiveTo" date,
    "Status" character varying(16) NOT NULL,
    "ParentListSetId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(128) NOT NULL,
    "PublishedAt" timestamp with time zone,
    "PublishedBy" character varying(128),
    "Revision" integer NOT NULL,
    CONSTRAINT "PK_list_sets" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_list_sets_list_sets_ParentListSetId" FOREIGN KEY ("ParentListSetId") REFERENCES list_sets ("Id") ON DELETE RESTRICT
);

CREATE TABLE list_items (
    "Id" uuid NOT NULL,
    "ListSetId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Code" character varying(32) NOT NULL,
    "ParentCode" character varying(32),
    "TitleZh" character varying(500) NOT NULL,
    "TitleEn" character varying(500),
    "Category" character varying(100),
    "DepartmentCode" character varying(64),
    "LegalBasis" character varying(2000),
    "AllowedDemands" integer NOT NULL,
    "Notes" character varying(2000),
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_list_items" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_list_items_list_sets_ListSetId" FOREIGN KEY ("ListSetId") REFERENCES list_sets ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_list_sets_AuthorityOrgUnitCode_Status" ON list_sets ("AuthorityOrgUnitCode", "Status");

CREATE INDEX "IX_list_sets_ParentListSetId" ON list_sets ("ParentListSetId");

CREATE INDEX "IX_list_items_DepartmentCode" ON list_items ("DepartmentCode");

CREATE UNIQUE INDEX "IX_list_items_ListSetId_Code" ON list_items ("ListSetId", "Code");
