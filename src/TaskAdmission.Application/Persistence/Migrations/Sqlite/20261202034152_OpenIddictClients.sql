CREATE TABLE "oauth_applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_oauth_applications" PRIMARY KEY,
    "ApplicationType" TEXT NULL,
    "ClientId" TEXT NULL,
    "ClientSecret" TEXT NULL,
    "ClientType" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "ConsentType" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "JsonWebKeySet" TEXT NULL,
    "Permissions" TEXT NULL,
    "PostLogoutRedirectUris" TEXT NULL,
    "Properties" TEXT NULL,
    "RedirectUris" TEXT NULL,
    "Requirements" TEXT NULL,
    "Settings" TEXT NULL
);

CREATE TABLE "oauth_keys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_oauth_keys" PRIMARY KEY,
    "Purpose" TEXT NOT NULL,
    "ProtectedKey" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "oauth_scopes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_oauth_scopes" PRIMARY KEY,
    "ConcurrencyToken" TEXT NULL,
    "Description" TEXT NULL,
    "Descriptions" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "Name" TEXT NULL,
    "Properties" TEXT NULL,
    "Resources" TEXT NULL
);

CREATE TABLE "oauth_authorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_oauth_authorizations" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "Properties" TEXT NULL,
    "Scopes" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_oauth_authorizations_oauth_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "oauth_applications" ("Id")
);

CREATE TABLE "oauth_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_oauth_tokens" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "AuthorizationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "ExpirationDate" TEXT NULL,
    "Payload" TEXT NULL,
    "Properties" TEXT NULL,
    "RedemptionDate" TEXT NULL,
    "ReferenceId" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_oauth_tokens_oauth_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "oauth_applications" ("Id"),
    CONSTRAINT "FK_oauth_tokens_oauth_authorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES "oauth_authorizations" ("Id")
);

CREATE UNIQUE INDEX "IX_oauth_applications_ClientId" ON "oauth_applications" ("ClientId");

CREATE INDEX "IX_oauth_authorizations_ApplicationId_Status_Subject_Type" ON "oauth_authorizations" ("ApplicationId", "Status", "Subject", "Type");

CREATE UNIQUE INDEX "IX_oauth_keys_Purpose" ON "oauth_keys" ("Purpose");

CREATE UNIQUE INDEX "IX_oauth_scopes_Name" ON "oauth_scopes" ("Name");

CREATE INDEX "IX_oauth_tokens_ApplicationId_Status_Subject_Type" ON "oauth_tokens" ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_oauth_tokens_AuthorizationId" ON "oauth_tokens" ("AuthorizationId");

CREATE UNIQUE INDEX "IX_oauth_tokens_ReferenceId" ON "oauth_tokens" ("ReferenceId");

