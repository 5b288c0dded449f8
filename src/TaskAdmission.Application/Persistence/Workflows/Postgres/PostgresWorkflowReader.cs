using System.Data.Common;
using Npgsql;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// The read every engine command starts with (an instance and its live bookmarks) as plain SELECTs sent in one
/// <see cref="NpgsqlBatch"/>: one round trip, each set read once (the EF single query joins them, n × m rows), and no
/// LINQ translation or change-tracking materializer on the hottest path of the engine. Hand-written on purpose: EF Core
/// cost about half of the engine's CPU per command here (docs/benchmarks.md, "persisted").
/// </summary>
internal static class PostgresWorkflowReader
{
    // $1 is the instance id, or the task id whose instance is wanted.
    private const string ByInstance = "$1";
    private const string ByTask = """(SELECT "InstanceId" FROM wf_user_tasks WHERE "Id" = $1)""";

    private static readonly string[] InstanceSql = Statements(ByInstance, """ "Status" = 'Open' """);
    private static readonly string[] TaskSql = Statements(ByTask, """ ("Status" = 'Open' OR "Id" = $1) """);

    /// <summary>The instance <paramref name="instanceId"/> with its open tasks, pending timers, active subscriptions and open incidents.</summary>
    public static Task<LoadedGraph?> LoadInstanceAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid instanceId, CancellationToken cancellationToken) =>
        LoadAsync(connection, transaction, InstanceSql, instanceId, cancellationToken);

    /// <summary>As <see cref="LoadInstanceAsync"/> for the instance of task <paramref name="taskId"/>, whose row is among the tasks in any state.</summary>
    public static Task<LoadedGraph?> LoadByTaskAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid taskId, CancellationToken cancellationToken) =>
        LoadAsync(connection, transaction, TaskSql, taskId, cancellationToken);

    private static string[] Statements(string instance, string taskFilter) =>
    [
        $"""SELECT {WorkflowTableSql.Instances.Columns} FROM wf_instances WHERE "Id" = {instance}""",
        $"""SELECT {WorkflowTableSql.Tasks.Columns} FROM wf_user_tasks WHERE "InstanceId" = {instance} AND {taskFilter}""",
        $"""SELECT {WorkflowTableSql.Timers.Columns} FROM wf_timers WHERE "InstanceId" = {instance} AND "Status" = 'Pending'""",
        $"""SELECT {WorkflowTableSql.Subscriptions.Columns} FROM wf_subscriptions WHERE "InstanceId" = {instance} AND "Status" = 'Active'""",
        $"""SELECT {WorkflowTableSql.Incidents.Columns} FROM wf_incidents WHERE "InstanceId" = {instance} AND "Status" = 'Open'""",
        // Each statement sees its own snapshot (read committed). Every commit on an instance raises its version, so the
        // same version here as in the first statement proves no commit on it came between: the sets belong together.
        $"""SELECT "Version" FROM wf_instances WHERE "Id" = {instance}""",
    ];

    /// <summary>How often a load is repeated when a commit on the instance came between its statements.</summary>
    private const int Attempts = 5;

    private static async Task<LoadedGraph?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string[] statements, Guid key, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (graph, versionAfter) = await LoadOnceAsync(connection, transaction, statements, key, cancellationToken);
            if (graph is null || graph.Instance.Version == versionAfter) return graph;
            if (attempt == Attempts)
            {
                throw new WorkflowConflictException($"instance {graph.Instance.Id} kept changing while it was being read ({Attempts} attempts); try again");
            }
        }
    }

    private static async Task<(LoadedGraph? Graph, long? VersionAfter)> LoadOnceAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string[] statements, Guid key, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var sql in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = key });
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        WfInstance? instance = null;
        if (await reader.ReadAsync(cancellationToken)) instance = ReadInstance(reader);
        var tasks = await ReadAllAsync(reader, ReadTask, cancellationToken);
        var timers = await ReadAllAsync(reader, ReadTimer, cancellationToken);
        var subscriptions = await ReadAllAsync(reader, ReadSubscription, cancellationToken);
        var incidents = await ReadAllAsync(reader, ReadIncident, cancellationToken);
        var version = (await ReadAllAsync(reader, r => r.GetInt64(0), cancellationToken)) is [var v] ? v : (long?)null;
        return (instance is null ? null : new LoadedGraph(instance, tasks, timers, subscriptions, incidents), version);
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    // The Read… methods read by ordinal, in WorkflowTableSql's column order.
    internal static WfInstance ReadInstance(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), ProcessId = r.GetString(1), DefinitionVersion = r.GetInt32(2), BusinessKey = NullableString(r, 3),
        Initiator = NullableString(r, 4), Status = Enum.Parse<InstanceStatus>(r.GetString(5)), Version = r.GetInt64(6),
        StartedAtUtc = r.GetDateTime(7), EndedAtUtc = NullableTime(r, 8), HasOpenIncidents = r.GetBoolean(9), StateJson = r.GetString(10),
    };

    internal static WfUserTask ReadTask(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), InstanceId = r.GetGuid(1), ProcessId = r.GetString(2), BusinessKey = NullableString(r, 3), ElementId = r.GetString(4),
        Name = NullableString(r, 5), TokenId = r.GetInt32(6), Status = Enum.Parse<UserTaskStatus>(r.GetString(7)), Assignee = NullableString(r, 8),
        Owner = NullableString(r, 9), Delegation = Enum.Parse<DelegationState>(r.GetString(10)), CandidateRoles = r.GetString(11),
        CandidateScope = NullableString(r, 12), FormKey = NullableString(r, 13),
        DueDate = r.IsDBNull(14) ? null : r.GetFieldValue<DateOnly>(14), CreatedAtUtc = r.GetDateTime(15), LastActionAtUtc = NullableTime(r, 16),
        ClosedAtUtc = NullableTime(r, 17), CompletedBy = NullableString(r, 18), Outcome = NullableString(r, 19),
        LoopIndex = r.IsDBNull(20) ? null : r.GetInt32(20), ElementValueJson = NullableString(r, 21), CandidateUsers = NullableString(r, 22),
    };

    internal static WfTimer ReadTimer(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), InstanceId = r.GetGuid(1), TokenId = r.GetInt32(2), ElementId = r.GetString(3), DueAtUtc = r.GetDateTime(4),
        Status = Enum.Parse<TimerStatus>(r.GetString(5)), LeaseOwner = NullableString(r, 6), LeasedUntilUtc = NullableTime(r, 7),
        CreatedAtUtc = r.GetDateTime(8), ClosedAtUtc = NullableTime(r, 9),
    };

    internal static WfSubscription ReadSubscription(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), InstanceId = r.GetGuid(1), TokenId = r.GetInt32(2), ElementId = r.GetString(3), MessageName = r.GetString(4),
        BusinessKey = NullableString(r, 5), Status = Enum.Parse<SubscriptionStatus>(r.GetString(6)), CreatedAtUtc = r.GetDateTime(7),
        ClosedAtUtc = NullableTime(r, 8),
    };

    internal static WfIncident ReadIncident(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), InstanceId = r.GetGuid(1), TokenId = r.GetInt32(2), ElementId = r.GetString(3), StepId = r.GetString(4),
        Message = r.GetString(5), StackTrace = NullableString(r, 6), Status = Enum.Parse<IncidentStatus>(r.GetString(7)),
        CreatedAtUtc = r.GetDateTime(8), ResolvedAtUtc = NullableTime(r, 9), ResolvedBy = NullableString(r, 10),
    };

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTime? NullableTime(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetDateTime(ordinal);
}

/// <summary>An instance row with its live bookmark rows, as one load returned them.</summary>
internal sealed record LoadedGraph(WfInstance Instance, List<WfUserTask> Tasks, List<WfTimer> Timers, List<WfSubscription> Subscriptions, List<WfIncident> Incidents);
