using System.Data.Common;
using System.Text.Json;
using Npgsql;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// The read every engine command starts with (an instance and its live bookmarks) as <em>one</em> hand-written SELECT:
/// the instance row joined to its open tasks (one row per task; the instance's columns once per row, read from the first),
/// with the pending timers, active subscriptions and open incidents — rare, usually none — as three JSON arrays
/// computed once (uncorrelated sub-selects: init plans). One statement is one snapshot, so the sets belong together
/// without the version re-read the earlier six-statement batch needed (and its retry loop), and the server runs one
/// statement instead of six per load (engine-cost harness). No LINQ translation or change-tracking materializer on the
/// hottest path of the engine: EF Core cost about half of the engine's CPU per command here (docs/benchmarks.md,
/// "persisted").
/// </summary>
internal static class PostgresWorkflowReader
{
    // $1 is the instance id, or the task id whose instance is wanted.
    private const string ByInstance = "$1";
    private const string ByTask = """(SELECT "InstanceId" FROM wf_user_tasks WHERE "Id" = $1)""";

    private static readonly string InstanceSql = Statement(ByInstance, """ t."Status" = 'Open' """, light: false);
    private static readonly string TaskSql = Statement(ByTask, """ (t."Status" = 'Open' OR t."Id" = $1) """, light: false);

    // The light load, for a version this process committed with no active subscription and no open incident
    // (LightLoadVersions): the same statement without those two sub-selects (their columns are there, null, so one
    // reader reads both shapes). Timers are read in both: a timer can be written for another instance than the command's
    // (a called instance's return to its caller), without moving that instance's version.
    private static readonly string InstanceLightSql = Statement(ByInstance, """ t."Status" = 'Open' """, light: true);
    private static readonly string TaskLightSql = Statement(ByTask, """ (t."Status" = 'Open' OR t."Id" = $1) """, light: true);

    // Where the joined task's columns start in a row of the statement (after the instance's columns and the three arrays).
    private static readonly int TaskOrdinal = WorkflowTableSql.Instances.ColumnCount + 3;

    private static string Statement(string instance, string taskFilter, bool light) =>
        $"""
        SELECT {Prefixed("i", WorkflowTableSql.Instances)},
          (SELECT json_agg(json_build_array({WorkflowTableSql.Timers.Columns})) FROM wf_timers WHERE "InstanceId" = {instance} AND "Status" = 'Pending'),
          {(light ? "NULL::json" : $"""(SELECT json_agg(json_build_array({WorkflowTableSql.Subscriptions.Columns})) FROM wf_subscriptions WHERE "InstanceId" = {instance} AND "Status" = 'Active')""")},
          {(light ? "NULL::json" : $"""(SELECT json_agg(json_build_array({WorkflowTableSql.Incidents.Columns})) FROM wf_incidents WHERE "InstanceId" = {instance} AND "Status" = 'Open')""")},
          {Prefixed("t", WorkflowTableSql.Tasks)}
        FROM wf_instances i LEFT JOIN wf_user_tasks t ON t."InstanceId" = i."Id" AND {taskFilter}
        WHERE i."Id" = {instance}
        """;

    private static string Prefixed(string alias, WorkflowTableSql table) => string.Join(", ", table.ColumnNames.Select(c => $"{alias}.\"{c}\""));

    /// <summary>The instance <paramref name="instanceId"/> with its open tasks, pending timers, active subscriptions and open incidents.</summary>
    public static Task<LoadedGraph?> LoadInstanceAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid instanceId, CancellationToken cancellationToken) =>
        LoadAsync(connection, transaction, InstanceLightSql, InstanceSql, instanceId, cancellationToken);

    /// <summary>As <see cref="LoadInstanceAsync"/> for the instance of task <paramref name="taskId"/>, whose row is among the tasks in any state.</summary>
    public static Task<LoadedGraph?> LoadByTaskAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid taskId, CancellationToken cancellationToken) =>
        LoadAsync(connection, transaction, TaskLightSql, TaskSql, taskId, cancellationToken);

    /// <summary>
    /// The light statement when this process committed the instance of <paramref name="key"/> without subscriptions and incidents and the row
    /// read is still at that version (one round trip); else the full statement (a second one, when the light one found the
    /// instance moved on, e.g. by another node).
    /// </summary>
    private static async Task<LoadedGraph?> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string lightSql, string fullSql, Guid key, CancellationToken cancellationToken)
    {
        if (LightLoadVersions.TryTake(key, out var version))
        {
            var light = await LoadAsync(connection, transaction, lightSql, key, cancellationToken);
            if (light is null || (light.Instance.Version == version && !light.Instance.HasOpenIncidents)) return light;
        }

        return await LoadAsync(connection, transaction, fullSql, key, cancellationToken);
    }

    private static async Task<LoadedGraph?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Guid key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;

        var instance = ReadInstance(reader);
        var first = WorkflowTableSql.Instances.ColumnCount;
        var timers = ReadJson(reader, first, ReadTimer);
        var subscriptions = ReadJson(reader, first + 1, ReadSubscription);
        var incidents = ReadJson(reader, first + 2, ReadIncident);
        var tasks = new List<WfUserTask>();
        // The LEFT JOIN gives one row with a null task when the instance has none.
        if (!reader.IsDBNull(TaskOrdinal))
        {
            do tasks.Add(ReadTask(reader, TaskOrdinal));
            while (await reader.ReadAsync(cancellationToken));
        }

        return new LoadedGraph(instance, tasks, timers, subscriptions, incidents);
    }

    /// <summary>The rows of one JSON array column (each row an array of its columns in WorkflowTableSql's order); none when null.</summary>
    private static List<T> ReadJson<T>(NpgsqlDataReader reader, int ordinal, Func<JsonElement, T> read)
    {
        var rows = new List<T>();
        if (reader.IsDBNull(ordinal)) return rows;
        using var document = JsonDocument.Parse(reader.GetString(ordinal));
        foreach (var row in document.RootElement.EnumerateArray()) rows.Add(read(row));
        return rows;
    }

    // The Read… methods read by ordinal, in WorkflowTableSql's column order.
    internal static WfInstance ReadInstance(DbDataReader r) => new()
    {
        Id = r.GetGuid(0), ProcessId = r.GetString(1), DefinitionVersion = r.GetInt32(2), BusinessKey = NullableString(r, 3),
        Initiator = NullableString(r, 4), Status = Enum.Parse<InstanceStatus>(r.GetString(5)), Version = r.GetInt64(6),
        StartedAtUtc = r.GetDateTime(7), EndedAtUtc = NullableTime(r, 8), HasOpenIncidents = r.GetBoolean(9), StateJson = r.GetString(10),
    };

    // o: the ordinal of the task's first column in the row.
    internal static WfUserTask ReadTask(DbDataReader r, int o) => new()
    {
        Id = r.GetGuid(o), InstanceId = r.GetGuid(o + 1), ProcessId = r.GetString(o + 2), BusinessKey = NullableString(r, o + 3), ElementId = r.GetString(o + 4),
        Name = NullableString(r, o + 5), TokenId = r.GetInt32(o + 6), Status = Enum.Parse<UserTaskStatus>(r.GetString(o + 7)), Assignee = NullableString(r, o + 8),
        Owner = NullableString(r, o + 9), Delegation = Enum.Parse<DelegationState>(r.GetString(o + 10)), CandidateRoles = r.GetString(o + 11),
        CandidateScope = NullableString(r, o + 12), FormKey = NullableString(r, o + 13),
        DueDate = r.IsDBNull(o + 14) ? null : r.GetFieldValue<DateOnly>(o + 14), CreatedAtUtc = r.GetDateTime(o + 15), LastActionAtUtc = NullableTime(r, o + 16),
        ClosedAtUtc = NullableTime(r, o + 17), CompletedBy = NullableString(r, o + 18), Outcome = NullableString(r, o + 19),
        LoopIndex = r.IsDBNull(o + 20) ? null : r.GetInt32(o + 20), ElementValueJson = NullableString(r, o + 21), CandidateUsers = NullableString(r, o + 22),
    };

    // The rare bookmarks come as JSON arrays of their columns: uuid and text as strings, integers as numbers, and
    // timestamptz as ISO 8601 with the session's offset (the instant is exact to the microsecond; stored times are UTC).
    private static WfTimer ReadTimer(JsonElement r) => new()
    {
        Id = r[0].GetGuid(), InstanceId = r[1].GetGuid(), TokenId = r[2].GetInt32(), ElementId = r[3].GetString()!, DueAtUtc = Time(r[4]),
        Status = Enum.Parse<TimerStatus>(r[5].GetString()!), LeaseOwner = r[6].GetString(), LeasedUntilUtc = NullableTime(r[7]),
        CreatedAtUtc = Time(r[8]), ClosedAtUtc = NullableTime(r[9]),
    };

    private static WfSubscription ReadSubscription(JsonElement r) => new()
    {
        Id = r[0].GetGuid(), InstanceId = r[1].GetGuid(), TokenId = r[2].GetInt32(), ElementId = r[3].GetString()!, MessageName = r[4].GetString()!,
        BusinessKey = r[5].GetString(), Status = Enum.Parse<SubscriptionStatus>(r[6].GetString()!), CreatedAtUtc = Time(r[7]),
        ClosedAtUtc = NullableTime(r[8]),
    };

    private static WfIncident ReadIncident(JsonElement r) => new()
    {
        Id = r[0].GetGuid(), InstanceId = r[1].GetGuid(), TokenId = r[2].GetInt32(), ElementId = r[3].GetString()!, StepId = r[4].GetString()!,
        Message = r[5].GetString()!, StackTrace = r[6].GetString(), Status = Enum.Parse<IncidentStatus>(r[7].GetString()!),
        CreatedAtUtc = Time(r[8]), ResolvedAtUtc = NullableTime(r[9]), ResolvedBy = r[10].GetString(),
    };

    // A timer that can never fire (a cron with no next run, a used-up cycle) is due at DateTime.MaxValue, which Npgsql
    // stores as 'infinity'; a column read maps it back, and JSON spells it as the string "infinity", which
    // GetDateTimeOffset refuses — the instance could not be loaded again. Both infinities map back as a column read does.
    private static DateTime Time(JsonElement value) => value.GetString() switch
    {
        "infinity" => DateTime.MaxValue,
        "-infinity" => DateTime.MinValue,
        _ => value.GetDateTimeOffset().UtcDateTime,
    };

    private static DateTime? NullableTime(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : Time(value);

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTime? NullableTime(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetDateTime(ordinal);
}

/// <summary>An instance row with its live bookmark rows, as one load returned them.</summary>
internal sealed record LoadedGraph(WfInstance Instance, List<WfUserTask> Tasks, List<WfTimer> Timers, List<WfSubscription> Subscriptions, List<WfIncident> Incidents);
