-- The workflow journal moves from one row per entry (wf_journal) to one row per engine command (wf_journal_pages):
-- the entries a command wrote, as a JSON array, with their first and last sequence. The journal was the largest write
-- of every step (about 9 rows per started-and-completed instance); see docs/benchmarks.md, "persisted".
-- Existing entries become one page each, unchanged. A view named wf_journal shows the entries as rows again, with
-- the former columns, for anyone who queries the journal in SQL.

CREATE TABLE wf_journal_pages (
    "InstanceId" uuid NOT NULL,
    "FirstSequence" bigint NOT NULL,
    "LastSequence" bigint NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "EntriesJson" text NOT NULL,
    CONSTRAINT "PK_wf_journal_pages" PRIMARY KEY ("InstanceId", "FirstSequence"),
    CONSTRAINT "FK_wf_journal_pages_wf_instances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES wf_instances ("Id") ON DELETE CASCADE
);

INSERT INTO wf_journal_pages ("InstanceId", "FirstSequence", "LastSequence", "AtUtc", "EntriesJson")
SELECT "InstanceId", "Sequence", "Sequence", "AtUtc",
       json_build_array(json_strip_nulls(json_build_object(
           'Id', "Id", 'Sequence', "Sequence", 'AtUtc', "AtUtc", 'Kind', "Kind", 'ElementId', "ElementId", 'TaskId', "TaskId",
           'Actor', "Actor", 'Comment', "Comment", 'Outcome', "Outcome", 'VariablesJson', "VariablesJson", 'Detail', "Detail")))::text
FROM wf_journal;

DROP TABLE wf_journal;

CREATE VIEW wf_journal AS
SELECT (e.value ->> 'Id')::uuid AS "Id",
       p."InstanceId",
       (e.value ->> 'Sequence')::bigint AS "Sequence",
       (e.value ->> 'AtUtc')::timestamptz AS "AtUtc",
       e.value ->> 'Kind' AS "Kind",
       e.value ->> 'ElementId' AS "ElementId",
       (e.value ->> 'TaskId')::uuid AS "TaskId",
       e.value ->> 'Actor' AS "Actor",
       e.value ->> 'Comment' AS "Comment",
       e.value ->> 'Outcome' AS "Outcome",
       e.value ->> 'VariablesJson' AS "VariablesJson",
       e.value ->> 'Detail' AS "Detail"
FROM wf_journal_pages AS p
CROSS JOIN LATERAL jsonb_array_elements(p."EntriesJson"::jsonb) AS e(value);
