-- The workflow journal moves from one row per entry (wf_journal) to one row per engine command (wf_journal_pages):
-- see the PostgreSQL migration of the same name. Existing entries become one page each; stored times are EF's text
-- form ('yyyy-MM-dd HH:mm:ss.fffffff', UTC) and become ISO 8601 with an offset inside the JSON. A view named wf_journal
-- shows the entries as rows again, with the former columns in EF's SQLite forms (upper-case ids, that time text), so
-- joins and comparisons with the other tables work.

CREATE TABLE "wf_journal_pages" (
    "InstanceId" TEXT NOT NULL,
    "FirstSequence" INTEGER NOT NULL,
    "LastSequence" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "EntriesJson" TEXT NOT NULL,
    CONSTRAINT "PK_wf_journal_pages" PRIMARY KEY ("InstanceId", "FirstSequence"),
    CONSTRAINT "FK_wf_journal_pages_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "wf_instances" ("Id") ON DELETE CASCADE
);

INSERT INTO "wf_journal_pages" ("InstanceId", "FirstSequence", "LastSequence", "AtUtc", "EntriesJson")
SELECT "InstanceId", "Sequence", "Sequence", "AtUtc",
       json_array(json_patch('{}', json_object(
           'Id', "Id", 'Sequence', "Sequence", 'AtUtc', replace("AtUtc", ' ', 'T') || '+00:00', 'Kind', "Kind", 'ElementId', "ElementId",
           'TaskId', "TaskId", 'Actor', "Actor", 'Comment', "Comment", 'Outcome', "Outcome", 'VariablesJson', "VariablesJson", 'Detail', "Detail")))
FROM "wf_journal";

DROP TABLE "wf_journal";

CREATE VIEW "wf_journal" AS
SELECT upper(json_extract(e.value, '$.Id')) AS "Id",
       p."InstanceId",
       json_extract(e.value, '$.Sequence') AS "Sequence",
       replace(replace(json_extract(e.value, '$.AtUtc'), 'T', ' '), '+00:00', '') AS "AtUtc",
       json_extract(e.value, '$.Kind') AS "Kind",
       json_extract(e.value, '$.ElementId') AS "ElementId",
       upper(json_extract(e.value, '$.TaskId')) AS "TaskId",
       json_extract(e.value, '$.Actor') AS "Actor",
       json_extract(e.value, '$.Comment') AS "Comment",
       json_extract(e.value, '$.Outcome') AS "Outcome",
       json_extract(e.value, '$.VariablesJson') AS "VariablesJson",
       json_extract(e.value, '$.Detail') AS "Detail"
FROM "wf_journal_pages" AS p, json_each(p."EntriesJson") AS e;
