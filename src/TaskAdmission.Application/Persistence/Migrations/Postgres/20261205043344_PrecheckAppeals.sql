CREATE TABLE precheck_appeals (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "SubmissionNumber" character varying(32) NOT NULL,
    "DepartmentCode" character varying(32) NOT NULL,
    "DistrictCode" character varying(12) NOT NULL,
    "Note" character varying(1000),
    "AppealedBy" character varying(256) NOT NULL,
    "AppealedAtUtc" timestamp with time zone NOT NULL,
    "Status" character varying(16) NOT NULL,
    "DecidedBy" character varying(256),
    "DecidedAtUtc" timestamp with time zone,
    "DecisionNote" character varying(1000),
    "WorkflowInstanceId" uuid,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_precheck_appeals" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_precheck_appeals_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES submissions ("Id") ON DELETE CASCADE
);

CREATE TABLE precheck_appeal_findings (
    "Id" uuid NOT NULL,
    "AppealId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Rule" character varying(64) NOT NULL,
    "ItemCode" character varying(32),
    "ListSet" character varying(64),
    "LegalBasis" character varying(1000),
    "Message" character varying(2000) NOT NULL,
    "Phrase" character varying(500),
    "MatchedText" character varying(500),
    "Sentence" character varying(500),
    "SpanStart" integer,
    "SpanLength" integer,
    "Reason" character varying(16) NOT NULL,
    "Explanation" character varying(1000) NOT NULL,
    "Verdict" character varying(16),
    "VerdictReason" character varying(1000),
    "HandledNote" character varying(1000),
    "HandledBy" character varying(256),
    "HandledAtUtc" timestamp with time zone,
    CONSTRAINT "PK_precheck_appeal_findings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_precheck_appeal_findings_precheck_appeals_AppealId" FOREIGN KEY ("AppealId") REFERENCES precheck_appeals ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_precheck_appeal_findings_AppealId_Position" ON precheck_appeal_findings ("AppealId", "Position");

CREATE INDEX "IX_precheck_appeal_findings_Verdict_Rule" ON precheck_appeal_findings ("Verdict", "Rule");

CREATE INDEX "IX_precheck_appeals_DistrictCode_Status" ON precheck_appeals ("DistrictCode", "Status");

CREATE UNIQUE INDEX "IX_precheck_appeals_SubmissionId" ON precheck_appeals ("SubmissionId");

