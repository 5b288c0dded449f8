CREATE TABLE "precheck_appeals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_precheck_appeals" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "SubmissionNumber" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "DistrictCode" TEXT NOT NULL,
    "Note" TEXT NULL,
    "AppealedBy" TEXT NOT NULL,
    "AppealedAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_precheck_appeals_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "precheck_appeal_findings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_precheck_appeal_findings" PRIMARY KEY,
    "AppealId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Rule" TEXT NOT NULL,
    "ItemCode" TEXT NULL,
    "ListSet" TEXT NULL,
    "LegalBasis" TEXT NULL,
    "Message" TEXT NOT NULL,
    "Phrase" TEXT NULL,
    "MatchedText" TEXT NULL,
    "Sentence" TEXT NULL,
    "SpanStart" INTEGER NULL,
    "SpanLength" INTEGER NULL,
    "Reason" TEXT NOT NULL,
    "Explanation" TEXT NOT NULL,
    "Verdict" TEXT NULL,
    "VerdictReason" TEXT NULL,
    "HandledNote" TEXT NULL,
    "HandledBy" TEXT NULL,
    "HandledAtUtc" TEXT NULL,
    CONSTRAINT "FK_precheck_appeal_findings_precheck_appeals_AppealId" FOREIGN KEY ("AppealId") REFERENCES "precheck_appeals" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_precheck_appeal_findings_AppealId_Position" ON "precheck_appeal_findings" ("AppealId", "Position");

CREATE INDEX "IX_precheck_appeal_findings_Verdict_Rule" ON "precheck_appeal_findings" ("Verdict", "Rule");

CREATE INDEX "IX_precheck_appeals_DistrictCode_Status" ON "precheck_appeals" ("DistrictCode", "Status");

CREATE UNIQUE INDEX "IX_precheck_appeals_SubmissionId" ON "precheck_appeals" ("SubmissionId");

