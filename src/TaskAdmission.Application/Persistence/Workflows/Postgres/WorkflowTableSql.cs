namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// The wf_ tables' columns in the order the hand-written reader reads and the writer binds them ($1 = the first column:
/// the row's id, or the instance for journal pages), and the statements built from them once: no column list or
/// parameter number is written twice.
/// </summary>
internal sealed class WorkflowTableSql
{
    public static readonly WorkflowTableSql Instances = new("wf_instances",
        ["Id", "ProcessId", "DefinitionVersion", "BusinessKey", "Initiator", "Status", "Version", "StartedAtUtc", "EndedAtUtc", "HasOpenIncidents", "StateJson"],
        versioned: true);

    public static readonly WorkflowTableSql Tasks = new("wf_user_tasks",
        ["Id", "InstanceId", "ProcessId", "BusinessKey", "ElementId", "Name", "TokenId", "Status", "Assignee", "Owner", "Delegation", "CandidateRoles",
         "CandidateScope", "FormKey", "DueDate", "CreatedAtUtc", "LastActionAtUtc", "ClosedAtUtc", "CompletedBy", "Outcome", "LoopIndex", "ElementValueJson",
         "CandidateUsers"],
        liveStatus: "Open");

    public static readonly WorkflowTableSql Timers = new("wf_timers",
        ["Id", "InstanceId", "TokenId", "ElementId", "DueAtUtc", "Status", "LeaseOwner", "LeasedUntilUtc", "CreatedAtUtc", "ClosedAtUtc"],
        liveStatus: "Pending");

    public static readonly WorkflowTableSql Subscriptions = new("wf_subscriptions",
        ["Id", "InstanceId", "TokenId", "ElementId", "MessageName", "BusinessKey", "Status", "CreatedAtUtc", "ClosedAtUtc"],
        liveStatus: "Active");

    public static readonly WorkflowTableSql Incidents = new("wf_incidents",
        ["Id", "InstanceId", "TokenId", "ElementId", "StepId", "Message", "StackTrace", "Status", "CreatedAtUtc", "ResolvedAtUtc", "ResolvedBy"],
        liveStatus: "Open");

    public static readonly WorkflowTableSql CarbonCopies = new("wf_carbon_copies",
        ["Id", "InstanceId", "TaskId", "ElementId", "Recipient", "From", "Comment", "CreatedAtUtc", "ReadAtUtc"],
        liveStatus: null);

    public static readonly WorkflowTableSql JournalPages = new("wf_journal_pages",
        ["InstanceId", "FirstSequence", "LastSequence", "AtUtc", "EntriesJson"],
        liveStatus: null);

    public static readonly WorkflowTableSql Outbox = new("wf_outbox",
        ["Id", "InstanceId", "Type", "PayloadJson", "StepId", "CreatedAtUtc", "DispatchedAtUtc"],
        liveStatus: null);

    /// <summary>Not a wf_ table: the step's notifications (WorkflowNotifications), written in the engine's batch (EfWorkflowStore.CommitAsync).</summary>
    public static readonly WorkflowTableSql Notifications = new("notifications",
        ["Id", "Audience", "Kind", "Subject", "Link", "CreatedAtUtc", "DeliveredExternallyAtUtc"],
        liveStatus: null);

    /// <summary>
    /// The columns an engine command may change on a task it did not create (claim, delegate, complete, cancel, migrate):
    /// the other columns are fixed when the task is inserted. <see cref="NarrowUpdate"/> binds only these.
    /// </summary>
    public static readonly string[] TaskChanging =
        ["ElementId", "Name", "Status", "Assignee", "Owner", "Delegation", "LastActionAtUtc", "ClosedAtUtc", "CompletedBy", "Outcome"];

    /// <summary>The columns an engine command may change on its instance row (the others are fixed at its start).</summary>
    public static readonly string[] InstanceChanging = ["DefinitionVersion", "Status", "Version", "EndedAtUtc", "HasOpenIncidents", "StateJson"];

    /// <summary>Tasks' guarded UPDATE of <see cref="TaskChanging"/> only.</summary>
    public static readonly string TaskNarrowUpdate = Tasks.NarrowUpdate(TaskChanging);

    /// <summary>The instance's guarded UPDATE of <see cref="InstanceChanging"/> only.</summary>
    public static readonly string InstanceNarrowUpdate = Instances.NarrowUpdate(InstanceChanging);

    private readonly string table;
    private readonly string? liveStatus;
    private readonly bool versioned;

    private WorkflowTableSql(string table, string[] columns, string? liveStatus = null, bool versioned = false)
    {
        this.table = table;
        this.liveStatus = liveStatus;
        this.versioned = versioned;
        ColumnCount = columns.Length;
        ColumnNames = columns;
        Columns = string.Join(", ", columns.Select(c => $"\"{c}\""));
        Insert = InsertAt(0);
        GuardedUpdate = versioned || liveStatus is not null ? NarrowUpdate(columns[1..]) : null;
    }

    /// <summary>How many columns (= parameters of <see cref="Insert"/>).</summary>
    public int ColumnCount { get; }

    /// <summary>The column names, unquoted, in binding order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The quoted column list, in binding order.</summary>
    public string Columns { get; }

    /// <summary>INSERT of one row, one parameter per column.</summary>
    public string Insert { get; }

    /// <summary>
    /// INSERT of one row whose parameters are numbered from <paramref name="offset"/> + 1 (a part of a statement with others
    /// before it); the columns in <paramref name="nulls"/> are written as NULL and take no parameter.
    /// </summary>
    public string InsertAt(int offset, IReadOnlyCollection<string>? nulls = null)
    {
        var next = offset;
        var values = ColumnNames.Select(c => nulls?.Contains(c) == true ? "NULL" : $"${++next}");
        return $"INSERT INTO {table} ({Columns}) VALUES ({string.Join(", ", values)})";
    }

    /// <summary>
    /// The columns a new open task has no value in yet (its last action, close, completer and outcome): an insert of an
    /// open task writes them as NULL instead of binding a parameter each (MergedInserts).
    /// </summary>
    public static readonly string[] OpenTaskNulls = ["LastActionAtUtc", "ClosedAtUtc", "CompletedBy", "Outcome"];

    /// <summary>The columns a new pending timer has no value in yet (no lease, not closed).</summary>
    public static readonly string[] PendingTimerNulls = ["LeaseOwner", "LeasedUntilUtc", "ClosedAtUtc"];

    /// <summary>
    /// UPDATE of one row, only while it is as the command read it (bookmarks: still live; the instance: still at the
    /// version read, its one extra parameter); null for tables whose rows are only ever inserted. The last parameter is
    /// the guard's index. Finding no row raises an error naming that index (see <see cref="Guarded"/>), which stops and
    /// rolls back the whole batch.
    /// </summary>
    public string? GuardedUpdate { get; }

    /// <summary>
    /// The guarded UPDATE setting <paramref name="changing"/> ($2 … in that order; $1 the id): every column but the id for
    /// <see cref="GuardedUpdate"/>, a few for a command that changes only those (fewer Npgsql parameters to build and send).
    /// The instance is guarded by the version read ($n+1), a bookmark by its live status; the last parameter is the guard's index.
    /// </summary>
    private string NarrowUpdate(string[] changing)
    {
        var n = changing.Length + 1;
        var update = $"UPDATE {table} SET {string.Join(", ", changing.Select((c, i) => $"\"{c}\" = ${i + 2}"))} WHERE \"Id\" = $1";
        return versioned ? Guarded($"{update} AND \"Version\" = ${n + 1}", n + 2) : Guarded($"{update} AND \"Status\" = '{liveStatus}'", n + 1);
    }

    /// <summary>
    /// The UPDATE made to fail when it matched no row: the count of its returned rows is 1 (the id is the primary key),
    /// else the text "workflow guard i: 0 rows matched" is cast to integer, which raises invalid_text_representation
    /// (22P02) with that text in its message; the writer reads the index back (<see cref="GuardPrefix"/>). The cast
    /// depends on the count, so the planner cannot fold it into an error of every execution. Why not
    /// <c>wf_expect_one(count(*), guard)</c>, the plpgsql function of migration WorkflowWritePath that the earlier code
    /// called: a plpgsql call per guarded UPDATE (two per completion) costs the server a function call of its own for a
    /// check an expression makes (docs/benchmarks.md, session 12). The function stays in the schema for an app of the
    /// earlier version.
    /// </summary>
    private static string Guarded(string update, int guardParameter) =>
        $"WITH changed AS ({update} RETURNING 1) SELECT CASE count(*) WHEN 1 THEN 1 ELSE ('{GuardPrefix}' || ${guardParameter} || ': ' || count(*) || ' rows matched')::integer END FROM changed";

    /// <summary>What a failed guard's error message holds before the guard's index.</summary>
    public const string GuardPrefix = "workflow guard ";
}
