using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Data.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Data.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Data.Workflows.Postgres;

/// <summary>
/// Writes one engine change set as a single <see cref="NpgsqlBatch"/> of fixed statements (prepared once per
/// connection by the pool's automatic preparation): the instance row first — inserted, or updated
/// <c>WHERE "Id" = $1 AND "Version" = expected</c> — then each bookmark, inserted or updated only while it is still
/// live, then journal, carbon copies and outbox. Because the instance row comes first, concurrent commands on one
/// instance queue on its row lock and the losers find the version moved: exactly one winner, and no lock-order
/// deadlock between them. Every guarded UPDATE is wrapped so that finding no row raises an error
/// (<c>wf_expect_one</c>): the batch then stops and is rolled back even without an explicit transaction.
/// Hand-written instead of EF Core change tracking because this is the engine's hottest write: it halves the CPU a
/// command costs (docs/benchmarks.md, "persisted"); the SQLite store keeps the EF path.
/// </summary>
internal static class PostgresWorkflowWriter
{
    /// <summary>The SQLSTATE wf_expect_one raises (migration 20261130150000_WorkflowWritePath).</summary>
    internal const string RowNotLiveState = "WF001";

    private const string InsertInstance = """
        INSERT INTO wf_instances ("Id", "ProcessId", "DefinitionVersion", "BusinessKey", "Initiator", "Status", "Version", "StartedAtUtc", "EndedAtUtc", "HasOpenIncidents", "StateJson")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    private const string UpdateInstance = """
        WITH changed AS (
            UPDATE wf_instances SET "ProcessId" = $2, "DefinitionVersion" = $3, "BusinessKey" = $4, "Initiator" = $5, "Status" = $6, "Version" = $7,
                "StartedAtUtc" = $8, "EndedAtUtc" = $9, "HasOpenIncidents" = $10, "StateJson" = $11
            WHERE "Id" = $1 AND "Version" = $12
            RETURNING 1)
        SELECT wf_expect_one(count(*), $13) FROM changed
        """;

    // The task and its candidate roles (one row each, for the "claimable by my roles" index) in one statement.
    private const string InsertTask = """
        WITH task AS (
            INSERT INTO wf_user_tasks ("Id", "InstanceId", "ProcessId", "BusinessKey", "ElementId", "Name", "TokenId", "Status", "Assignee", "Owner", "Delegation",
                "CandidateRoles", "CandidateScope", "FormKey", "DueDate", "CreatedAtUtc", "LastActionAtUtc", "ClosedAtUtc", "CompletedBy", "Outcome", "LoopIndex", "ElementValueJson")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            RETURNING "Id")
        INSERT INTO wf_task_candidates ("TaskId", "Role") SELECT task."Id", role FROM task, unnest($23::text[]) AS role
        """;

    private const string UpdateTask = """
        WITH changed AS (
            UPDATE wf_user_tasks SET "InstanceId" = $2, "ProcessId" = $3, "BusinessKey" = $4, "ElementId" = $5, "Name" = $6, "TokenId" = $7, "Status" = $8,
                "Assignee" = $9, "Owner" = $10, "Delegation" = $11, "CandidateRoles" = $12, "CandidateScope" = $13, "FormKey" = $14, "DueDate" = $15,
                "CreatedAtUtc" = $16, "LastActionAtUtc" = $17, "ClosedAtUtc" = $18, "CompletedBy" = $19, "Outcome" = $20, "LoopIndex" = $21, "ElementValueJson" = $22
            WHERE "Id" = $1 AND "Status" = 'Open'
            RETURNING 1)
        SELECT wf_expect_one(count(*), $23) FROM changed
        """;

    private const string InsertTimer = """
        INSERT INTO wf_timers ("Id", "InstanceId", "TokenId", "ElementId", "DueAtUtc", "Status", "LeaseOwner", "LeasedUntilUtc", "CreatedAtUtc", "ClosedAtUtc")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    private const string UpdateTimer = """
        WITH changed AS (
            UPDATE wf_timers SET "InstanceId" = $2, "TokenId" = $3, "ElementId" = $4, "DueAtUtc" = $5, "Status" = $6, "LeaseOwner" = $7, "LeasedUntilUtc" = $8,
                "CreatedAtUtc" = $9, "ClosedAtUtc" = $10
            WHERE "Id" = $1 AND "Status" = 'Pending'
            RETURNING 1)
        SELECT wf_expect_one(count(*), $11) FROM changed
        """;

    private const string InsertSubscription = """
        INSERT INTO wf_subscriptions ("Id", "InstanceId", "TokenId", "ElementId", "MessageName", "BusinessKey", "Status", "CreatedAtUtc", "ClosedAtUtc")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    private const string UpdateSubscription = """
        WITH changed AS (
            UPDATE wf_subscriptions SET "InstanceId" = $2, "TokenId" = $3, "ElementId" = $4, "MessageName" = $5, "BusinessKey" = $6, "Status" = $7,
                "CreatedAtUtc" = $8, "ClosedAtUtc" = $9
            WHERE "Id" = $1 AND "Status" = 'Active'
            RETURNING 1)
        SELECT wf_expect_one(count(*), $10) FROM changed
        """;

    private const string InsertIncident = """
        INSERT INTO wf_incidents ("Id", "InstanceId", "TokenId", "ElementId", "StepId", "Message", "StackTrace", "Status", "CreatedAtUtc", "ResolvedAtUtc", "ResolvedBy")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    private const string UpdateIncident = """
        WITH changed AS (
            UPDATE wf_incidents SET "InstanceId" = $2, "TokenId" = $3, "ElementId" = $4, "StepId" = $5, "Message" = $6, "StackTrace" = $7, "Status" = $8,
                "CreatedAtUtc" = $9, "ResolvedAtUtc" = $10, "ResolvedBy" = $11
            WHERE "Id" = $1 AND "Status" = 'Open'
            RETURNING 1)
        SELECT wf_expect_one(count(*), $12) FROM changed
        """;

    private const string InsertCarbonCopy = """
        INSERT INTO wf_carbon_copies ("Id", "InstanceId", "TaskId", "ElementId", "Recipient", "From", "Comment", "CreatedAtUtc", "ReadAtUtc")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    // All journal entries of a command in one statement (arrays, one element per entry): the statement text does not
    // depend on how many entries a step wrote, so it is prepared once.
    private const string InsertJournal = """
        INSERT INTO wf_journal ("Id", "InstanceId", "Sequence", "AtUtc", "Kind", "ElementId", "TaskId", "Actor", "Comment", "Outcome", "VariablesJson", "Detail")
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
        """;

    private const string InsertOutbox = """
        INSERT INTO wf_outbox ("Id", "InstanceId", "Type", "PayloadJson", "StepId", "CreatedAtUtc", "DispatchedAtUtc")
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    /// <summary>
    /// Executes the change set on <paramref name="connection"/>, in <paramref name="transaction"/> or, when that is null,
    /// as the batch's own implicit transaction. Throws <see cref="StaleRowException"/> naming the first row that was no
    /// longer as the command read it (the instance at another version, a bookmark closed meanwhile); nothing of the
    /// batch is then written. Other failures (a unique violation) surface as <see cref="PostgresException"/>.
    /// </summary>
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, WorkflowChangeSet changes, IReadOnlySet<Guid> existing, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        // The rows of the guarded UPDATEs; each statement passes its index here to wf_expect_one, which reports it back.
        var guarded = new List<object>();

        var instance = ToRow(changes.Instance);
        var instanceCommand = Add(batch, changes.ExpectedVersion == 0 ? InsertInstance : UpdateInstance, InstanceValues(instance));
        if (changes.ExpectedVersion != 0)
        {
            instanceCommand.Parameters.Add(Long(changes.ExpectedVersion));
            Guard(instanceCommand, guarded, instance);
        }

        foreach (var task in changes.Tasks)
        {
            var row = ToRow(task);
            var isNew = !existing.Contains(task.Id);
            var command = Add(batch, isNew ? InsertTask : UpdateTask, TaskValues(row));
            if (isNew) command.Parameters.Add(Array(task.CandidateRoles.Distinct(StringComparer.Ordinal)));
            else Guard(command, guarded, row);
        }

        foreach (var timer in changes.Timers) Write(batch, guarded, ToRow(timer), existing.Contains(timer.Id), InsertTimer, UpdateTimer, TimerValues);
        foreach (var subscription in changes.Subscriptions)
        {
            Write(batch, guarded, ToRow(subscription), existing.Contains(subscription.Id), InsertSubscription, UpdateSubscription, SubscriptionValues);
        }

        foreach (var incident in changes.Incidents) Write(batch, guarded, ToRow(incident), existing.Contains(incident.Id), InsertIncident, UpdateIncident, IncidentValues);
        foreach (var copy in changes.CarbonCopies) Add(batch, InsertCarbonCopy, CarbonCopyValues(ToRow(copy)));
        if (changes.Journal.Count > 0) Add(batch, InsertJournal, JournalValues(changes.Journal.Select(ToRow).ToList()));
        foreach (var message in changes.Outbox) Add(batch, InsertOutbox, OutboxValues(ToRow(message)));

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == RowNotLiveState && GuardIndex(e.MessageText) is { } guard && guard < guarded.Count)
        {
            throw new StaleRowException(guarded[guard], e);
        }
    }

    /// <summary>The index wf_expect_one put in its message ("workflow guard 3: …").</summary>
    private static int? GuardIndex(string message)
    {
        const string prefix = "workflow guard ";
        if (!message.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = message.IndexOf(':', prefix.Length);
        return end > 0 && int.TryParse(message.AsSpan(prefix.Length, end - prefix.Length), out var index) ? index : null;
    }

    /// <summary>Registers a guarded UPDATE: its last parameter is its index among the guarded rows.</summary>
    private static void Guard(NpgsqlBatchCommand command, List<object> guarded, object row)
    {
        command.Parameters.Add(Int(guarded.Count));
        guarded.Add(row);
    }

    private static void Write<T>(
        NpgsqlBatch batch, List<object> guarded, T row, bool exists, string insert, string update, Func<T, NpgsqlParameter[]> values)
        where T : class
    {
        var command = Add(batch, exists ? update : insert, values(row));
        if (exists) Guard(command, guarded, row);
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql, NpgsqlParameter[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(values);
        batch.BatchCommands.Add(command);
        return command;
    }

    private static NpgsqlParameter[] InstanceValues(WfInstance i) =>
    [
        Uuid(i.Id), Text(i.ProcessId), Int(i.DefinitionVersion), Text(i.BusinessKey), Text(i.Initiator), Text(i.Status.ToString()), Long(i.Version),
        Time(i.StartedAtUtc), Time(i.EndedAtUtc), new NpgsqlParameter<bool> { TypedValue = i.HasOpenIncidents }, Text(i.StateJson),
    ];

    private static NpgsqlParameter[] TaskValues(WfUserTask t) =>
    [
        Uuid(t.Id), Uuid(t.InstanceId), Text(t.ProcessId), Text(t.BusinessKey), Text(t.ElementId), Text(t.Name), Int(t.TokenId), Text(t.Status.ToString()),
        Text(t.Assignee), Text(t.Owner), Text(t.Delegation.ToString()), Text(t.CandidateRoles), Text(t.CandidateScope), Text(t.FormKey),
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = t.DueDate is { } due ? due : DBNull.Value },
        Time(t.CreatedAtUtc), Time(t.LastActionAtUtc), Time(t.ClosedAtUtc), Text(t.CompletedBy), Text(t.Outcome), Int(t.LoopIndex), Text(t.ElementValueJson),
    ];

    private static NpgsqlParameter[] TimerValues(WfTimer t) =>
    [
        Uuid(t.Id), Uuid(t.InstanceId), Int(t.TokenId), Text(t.ElementId), Time(t.DueAtUtc), Text(t.Status.ToString()), Text(t.LeaseOwner),
        Time(t.LeasedUntilUtc), Time(t.CreatedAtUtc), Time(t.ClosedAtUtc),
    ];

    private static NpgsqlParameter[] SubscriptionValues(WfSubscription s) =>
    [
        Uuid(s.Id), Uuid(s.InstanceId), Int(s.TokenId), Text(s.ElementId), Text(s.MessageName), Text(s.BusinessKey), Text(s.Status.ToString()),
        Time(s.CreatedAtUtc), Time(s.ClosedAtUtc),
    ];

    private static NpgsqlParameter[] IncidentValues(WfIncident i) =>
    [
        Uuid(i.Id), Uuid(i.InstanceId), Int(i.TokenId), Text(i.ElementId), Text(i.StepId), Text(i.Message), Text(i.StackTrace), Text(i.Status.ToString()),
        Time(i.CreatedAtUtc), Time(i.ResolvedAtUtc), Text(i.ResolvedBy),
    ];

    private static NpgsqlParameter[] CarbonCopyValues(WfCarbonCopy c) =>
    [
        Uuid(c.Id), Uuid(c.InstanceId), Uuid(c.TaskId), Text(c.ElementId), Text(c.Recipient), Text(c.From), Text(c.Comment), Time(c.CreatedAtUtc), Time(c.ReadAtUtc),
    ];

    private static NpgsqlParameter[] OutboxValues(WfOutboxMessage m) =>
    [
        Uuid(m.Id), Uuid(m.InstanceId), Text(m.Type), Text(m.PayloadJson), Text(m.StepId), Time(m.CreatedAtUtc), Time(m.DispatchedAtUtc),
    ];

    private static NpgsqlParameter[] JournalValues(List<WfJournalEntry> rows) =>
    [
        Array(rows.Select(j => j.Id)), Array(rows.Select(j => j.InstanceId)), Array(rows.Select(j => j.Sequence)),
        Array(rows.Select(j => DateTime.SpecifyKind(j.AtUtc, DateTimeKind.Utc))), Array(rows.Select(j => j.Kind.ToString())),
        Array(rows.Select(j => j.ElementId)), Array(rows.Select(j => j.TaskId)), Array(rows.Select(j => j.Actor)), Array(rows.Select(j => j.Comment)),
        Array(rows.Select(j => j.Outcome)), Array(rows.Select(j => j.VariablesJson)), Array(rows.Select(j => j.Detail)),
    ];

    private static NpgsqlParameter<T[]> Array<T>(IEnumerable<T> values) => new() { TypedValue = values.ToArray() };

    private static NpgsqlParameter Uuid(Guid value) => new NpgsqlParameter<Guid> { TypedValue = value };

    private static NpgsqlParameter Uuid(Guid? value) => new() { NpgsqlDbType = NpgsqlDbType.Uuid, Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Int(int value) => new NpgsqlParameter<int> { TypedValue = value };

    private static NpgsqlParameter Int(int? value) => new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter Long(long value) => new NpgsqlParameter<long> { TypedValue = value };

    // Stored times are UTC (WorkflowRowMapping); timestamptz needs the kind said.
    private static NpgsqlParameter Time(DateTime value) => new NpgsqlParameter<DateTime> { TypedValue = DateTime.SpecifyKind(value, DateTimeKind.Utc) };

    private static NpgsqlParameter Time(DateTime? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : DBNull.Value };
}
