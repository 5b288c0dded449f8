CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

ALTER TABLE "wf_outbox" ADD "LeaseOwner" TEXT NULL;
ALTER TABLE "wf_outbox" ADD "LeasedUntilUtc" TEXT NULL;
