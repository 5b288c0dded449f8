using Npgsql;
using NpgsqlTypes;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// Writes one engine change set as a single <see cref="NpgsqlBatch"/> of fixed statements (prepared once per
/// connection by the pool's automatic preparation): first the guarded UPDATEs — the instance row
/// <c>WHERE "Id" = $1 AND "Version" = expected</c>, then each bookmark only while it is still live — then the new rows
/// without foreign keys (a new instance, tasks with their candidate roles, timers, the command's journal page and, when
/// nothing else of the caller's is pending, the notifications of the people it concerns) as one statement
/// (<see cref="MergedInserts"/>), then the rarer new rows that keep their foreign keys (subscriptions, incidents, carbon
/// copies, outbox). An update of a row this scope loaded binds only the columns
/// a command can change (<see cref="WorkflowTableSql.TaskChanging"/>, <see cref="WorkflowTableSql.InstanceChanging"/>),
/// once the others are checked to be as loaded; otherwise every column. Because the instance row comes first, concurrent commands on one
/// instance queue on its row lock and the losers find the version moved: exactly one winner, and no lock-order
/// deadlock between them. Every guarded UPDATE is wrapped so that finding no row raises an error
/// (<see cref="WorkflowTableSql.GuardedUpdate"/>): the batch then stops and is rolled back even without an explicit transaction.
/// Hand-written instead of EF Core change tracking because this is the engine's hottest write: it halves the CPU a
/// command costs (docs/benchmarks.md, "persisted"); the SQLite store keeps the EF path.
/// </summary>
internal static class PostgresWorkflowWriter
{
    private static readonly WorkflowTableSql Instances = WorkflowTableSql.Instances;
    private static readonly WorkflowTableSql Tasks = WorkflowTableSql.Tasks;

    // The step's notifications, any number of them, as one INSERT of arrays ($first … $first+6, one per column).
    internal static string InsertNotifications(int first) =>
        $"""INSERT INTO notifications ({WorkflowTableSql.Notifications.Columns}) SELECT * FROM unnest(${first}::uuid[], ${first + 1}::text[], ${first + 2}::text[], ${first + 3}::text[], ${first + 4}::text[], ${first + 5}::timestamptz[], ${first + 6}::timestamptz[])""";

    /// <summary>
    /// Executes the change set on <paramref name="connection"/>, in <paramref name="transaction"/> or, when that is null,
    /// as the batch's own implicit transaction. Throws <see cref="StaleRowException"/> naming the first row that was no
    /// longer as the command read it (the instance at another version, a bookmark closed meanwhile); nothing of the
    /// batch is then written. Other failures (a unique violation) surface as <see cref="PostgresException"/>.
    /// </summary>
    /// <param name="notifications">The step's notifications to insert with it (<see cref="WorkflowTableSql.Notifications"/>),
    /// when nothing else of the caller's is pending: they then need no SaveChanges, no transaction of their own.</param>
    /// <param name="loaded">The rows as the command's load read them, when the store still has them: an update whose fixed
    /// columns are as loaded binds only the columns a command can change.</param>
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, WorkflowChangeSet changes, IReadOnlySet<Guid> existing,
        IReadOnlyList<Notification> notifications, LoadedGraph? loaded, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        // The rows of the guarded UPDATEs; each statement passes its index here to its guard, whose error reports it back.
        var guarded = new List<object>();

        // The new rows without foreign keys, as one statement after the guarded UPDATEs (MergedInserts).
        var inserts = new MergedInserts();

        var instance = ToRow(changes.Instance);
        if (changes.ExpectedVersion == 0)
        {
            inserts.Add(MergedInserts.Kind.Instance, InstanceValues(instance));
        }
        else
        {
            var command = loaded?.Instance is { } before && FixedAsLoaded(instance, before)
                ? Add(batch, WorkflowTableSql.InstanceNarrowUpdate, InstanceChanges(instance))
                : Add(batch, Instances.GuardedUpdate!, InstanceValues(instance));
            command.Parameters.Add(Long(changes.ExpectedVersion));
            Guard(command, guarded, instance);
        }

        foreach (var task in changes.Tasks)
        {
            var row = ToRow(task);
            if (!existing.Contains(task.Id))
            {
                if (row is { LastActionAtUtc: null, ClosedAtUtc: null, CompletedBy: null, Outcome: null })
                {
                    inserts.Add(MergedInserts.Kind.OpenTask, OpenTaskValues(row), Roles(task.CandidateRoles));
                }
                else
                {
                    inserts.Add(MergedInserts.Kind.Task, TaskValues(row), Roles(task.CandidateRoles));
                }

                continue;
            }

            var command = LoadedTask(loaded, task.Id) is { } before && FixedAsLoaded(row, before)
                ? Add(batch, WorkflowTableSql.TaskNarrowUpdate, TaskChanges(row))
                : Add(batch, Tasks.GuardedUpdate!, TaskValues(row));
            Guard(command, guarded, row);
        }

        foreach (var timer in changes.Timers)
        {
            var row = ToRow(timer);
            if (existing.Contains(timer.Id)) Write(batch, guarded, row, exists: true, WorkflowTableSql.Timers, TimerValues);
            else if (row is { LeaseOwner: null, LeasedUntilUtc: null, ClosedAtUtc: null }) inserts.Add(MergedInserts.Kind.PendingTimer, PendingTimerValues(row));
            else inserts.Add(MergedInserts.Kind.Timer, TimerValues(row));
        }

        foreach (var subscription in changes.Subscriptions)
        {
            if (existing.Contains(subscription.Id)) Write(batch, guarded, ToRow(subscription), exists: true, WorkflowTableSql.Subscriptions, SubscriptionValues);
        }

        foreach (var incident in changes.Incidents)
        {
            if (existing.Contains(incident.Id)) Write(batch, guarded, ToRow(incident), exists: true, WorkflowTableSql.Incidents, IncidentValues);
        }

        if (changes.Journal.Count > 0) inserts.Add(MergedInserts.Kind.JournalPage, JournalPageValues(JournalPageJson.ToPage(changes.Journal)));
        if (notifications.Count > 0) inserts.Add(MergedInserts.Kind.Notifications, NotificationArrays(notifications));
        inserts.AppendTo(batch);

        // The rarer new rows keep their foreign keys (to the instance, or a task), so they follow the merged statement
        // that may insert their instance and tasks.
        foreach (var subscription in changes.Subscriptions)
        {
            if (!existing.Contains(subscription.Id)) Write(batch, guarded, ToRow(subscription), exists: false, WorkflowTableSql.Subscriptions, SubscriptionValues);
        }

        foreach (var incident in changes.Incidents)
        {
            if (!existing.Contains(incident.Id)) Write(batch, guarded, ToRow(incident), exists: false, WorkflowTableSql.Incidents, IncidentValues);
        }

        foreach (var copy in changes.CarbonCopies) Add(batch, WorkflowTableSql.CarbonCopies.Insert, CarbonCopyValues(ToRow(copy)));
        foreach (var message in changes.Outbox) Add(batch, WorkflowTableSql.Outbox.Insert, OutboxValues(ToRow(message)));

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidTextRepresentation && GuardIndex(e.MessageText) is { } guard && guard < guarded.Count)
        {
            throw new StaleRowException(guarded[guard], e);
        }
    }

    private static WfUserTask? LoadedTask(LoadedGraph? loaded, Guid id)
    {
        if (loaded is null) return null;
        foreach (var task in loaded.Tasks)
        {
            if (task.Id == id) return task;
        }

        return null;
    }

    /// <summary>
    /// Whether the columns not in <see cref="WorkflowTableSql.InstanceChanging"/> are as the load read them. The start time
    /// comes from the instance's state, to the tick; the column holds it to the microsecond, so that is the precision compared.
    /// </summary>
    private static bool FixedAsLoaded(WfInstance now, WfInstance loaded) =>
        now.Id == loaded.Id && now.ProcessId == loaded.ProcessId && now.BusinessKey == loaded.BusinessKey && now.Initiator == loaded.Initiator
        && Math.Abs(now.StartedAtUtc.Ticks - loaded.StartedAtUtc.Ticks) < TimeSpan.TicksPerMicrosecond;

    /// <summary>Whether the columns not in <see cref="WorkflowTableSql.TaskChanging"/> are as the load read them.</summary>
    private static bool FixedAsLoaded(WfUserTask now, WfUserTask loaded) =>
        now.Id == loaded.Id && now.InstanceId == loaded.InstanceId && now.ProcessId == loaded.ProcessId && now.BusinessKey == loaded.BusinessKey
        && now.TokenId == loaded.TokenId && now.CandidateRoles == loaded.CandidateRoles && now.CandidateScope == loaded.CandidateScope
        && now.FormKey == loaded.FormKey && now.DueDate == loaded.DueDate && now.CreatedAtUtc == loaded.CreatedAtUtc && now.LoopIndex == loaded.LoopIndex
        && now.ElementValueJson == loaded.ElementValueJson && now.CandidateUsers == loaded.CandidateUsers;

    /// <summary>The index a failed guard put in its message ("… "workflow guard 3: 0 rows matched"").</summary>
    private static int? GuardIndex(string message)
    {
        var start = message.IndexOf(WorkflowTableSql.GuardPrefix, StringComparison.Ordinal);
        if (start < 0) return null;
        start += WorkflowTableSql.GuardPrefix.Length;
        var end = message.IndexOf(':', start);
        return end > 0 && int.TryParse(message.AsSpan(start, end - start), out var index) ? index : null;
    }

    /// <summary>Registers a guarded UPDATE: its last parameter is its index among the guarded rows.</summary>
    private static void Guard(NpgsqlBatchCommand command, List<object> guarded, object row)
    {
        command.Parameters.Add(Int(guarded.Count));
        guarded.Add(row);
    }

    private static void Write<T>(
        NpgsqlBatch batch, List<object> guarded, T row, bool exists, WorkflowTableSql table, Func<T, NpgsqlParameter[]> values)
        where T : class
    {
        var command = Add(batch, exists ? table.GuardedUpdate! : table.Insert, values(row));
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

    // In WorkflowTableSql.InstanceChanging's order, after the id.
    private static NpgsqlParameter[] InstanceChanges(WfInstance i) =>
    [
        Uuid(i.Id), Int(i.DefinitionVersion), Text(i.Status.ToString()), Long(i.Version), Time(i.EndedAtUtc),
        new NpgsqlParameter<bool> { TypedValue = i.HasOpenIncidents }, Text(i.StateJson),
    ];

    // In WorkflowTableSql.TaskChanging's order, after the id.
    private static NpgsqlParameter[] TaskChanges(WfUserTask t) =>
    [
        Uuid(t.Id), Text(t.ElementId), Text(t.Name), Text(t.Status.ToString()), Text(t.Assignee), Text(t.Owner), Text(t.Delegation.ToString()),
        Time(t.LastActionAtUtc), Time(t.ClosedAtUtc), Text(t.CompletedBy), Text(t.Outcome),
    ];

    private static NpgsqlParameter[] TaskValues(WfUserTask t) =>
    [
        Uuid(t.Id), Uuid(t.InstanceId), Text(t.ProcessId), Text(t.BusinessKey), Text(t.ElementId), Text(t.Name), Int(t.TokenId), Text(t.Status.ToString()),
        Text(t.Assignee), Text(t.Owner), Text(t.Delegation.ToString()), Text(t.CandidateRoles), Text(t.CandidateScope), Text(t.FormKey),
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = t.DueDate is { } due ? due : DBNull.Value },
        Time(t.CreatedAtUtc), Time(t.LastActionAtUtc), Time(t.ClosedAtUtc), Text(t.CompletedBy), Text(t.Outcome), Int(t.LoopIndex), Text(t.ElementValueJson),
        Text(t.CandidateUsers),
    ];

    // TaskValues without WorkflowTableSql.OpenTaskNulls (all null: a new task not acted on yet).
    private static NpgsqlParameter[] OpenTaskValues(WfUserTask t) =>
    [
        Uuid(t.Id), Uuid(t.InstanceId), Text(t.ProcessId), Text(t.BusinessKey), Text(t.ElementId), Text(t.Name), Int(t.TokenId), Text(t.Status.ToString()),
        Text(t.Assignee), Text(t.Owner), Text(t.Delegation.ToString()), Text(t.CandidateRoles), Text(t.CandidateScope), Text(t.FormKey),
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = t.DueDate is { } due ? due : DBNull.Value },
        Time(t.CreatedAtUtc), Int(t.LoopIndex), Text(t.ElementValueJson), Text(t.CandidateUsers),
    ];

    // TimerValues without WorkflowTableSql.PendingTimerNulls (all null: a new timer not leased or closed).
    private static NpgsqlParameter[] PendingTimerValues(WfTimer t) =>
        [Uuid(t.Id), Uuid(t.InstanceId), Int(t.TokenId), Text(t.ElementId), Time(t.DueAtUtc), Text(t.Status.ToString()), Time(t.CreatedAtUtc)];

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

    // The columns as NotificationConfiguration maps them (Kind by name), one array each, in WorkflowTableSql.Notifications' order.
    private static NpgsqlParameter[] NotificationArrays(IReadOnlyList<Notification> notifications)
    {
        var count = notifications.Count;
        var ids = new Guid[count];
        var audiences = new string[count];
        var kinds = new string[count];
        var subjects = new string[count];
        var links = new string[count];
        var created = new DateTime[count];
        var delivered = new DateTime?[count];
        for (var i = 0; i < count; i++)
        {
            var n = notifications[i];
            ids[i] = n.Id;
            audiences[i] = n.Audience;
            kinds[i] = n.Kind.ToString();
            subjects[i] = n.Subject;
            links[i] = n.Link;
            created[i] = DateTime.SpecifyKind(n.CreatedAtUtc, DateTimeKind.Utc);
            delivered[i] = n.DeliveredExternallyAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;
        }

        return
        [
            new NpgsqlParameter<Guid[]> { TypedValue = ids }, new NpgsqlParameter<string[]> { TypedValue = audiences },
            new NpgsqlParameter<string[]> { TypedValue = kinds }, new NpgsqlParameter<string[]> { TypedValue = subjects },
            new NpgsqlParameter<string[]> { TypedValue = links }, new NpgsqlParameter<DateTime[]> { TypedValue = created },
            new NpgsqlParameter<DateTime?[]> { TypedValue = delivered },
        ];
    }

    private static NpgsqlParameter[] JournalPageValues(WfJournalPage p) =>
        [Uuid(p.InstanceId), Long(p.FirstSequence), Long(p.LastSequence), Time(p.AtUtc), Text(p.EntriesJson)];

    // A task's candidate roles, each once (the key of wf_task_candidates), without LINQ: usually one or two.
    private static NpgsqlParameter<string[]> Roles(IReadOnlyList<string> roles)
    {
        var distinct = new List<string>(roles.Count);
        foreach (var role in roles)
        {
            if (!distinct.Contains(role)) distinct.Add(role); // string equality: ordinal
        }

        return new NpgsqlParameter<string[]> { TypedValue = distinct.ToArray() };
    }

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
