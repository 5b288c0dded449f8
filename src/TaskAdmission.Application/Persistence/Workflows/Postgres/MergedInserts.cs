using System.Collections.Concurrent;
using System.Text;
using Npgsql;

namespace TaskAdmission.Application.Persistence.Workflows.Postgres;

/// <summary>
/// The new rows of one engine command that carry no foreign key (the instance, tasks with their candidate roles,
/// timers, the journal page, the step's notifications: see <see cref="Configurations.WorkflowHotPathForeignKeys"/>),
/// sent as <em>one</em> statement of data-modifying <c>WITH</c> parts instead of one statement each: a start of the
/// durability load is one statement instead of three, a completion's inserts one instead of three. PostgreSQL binds,
/// starts and ends an executor, takes a snapshot and reports per statement, and Npgsql builds a batch command with its
/// parameter collection per statement; the rows, their index entries and WAL are the same (engine-cost harness: 9 → 5
/// statements per instance of the durability load).
/// <para>
/// Every part of a <c>WITH</c> runs exactly once and to completion whether or not anything reads it, all parts see one
/// snapshot, and the statement is atomic: a unique violation in any part fails the whole statement, as it failed the
/// batch before. Only tables without foreign keys are merged: the order in which PostgreSQL runs the parts is not
/// specified, and no part may need another's row to exist — except the candidate roles, which read their task's id from
/// the task's part (<c>RETURNING</c>), as the single statement of a task did. The statement comes after the batch's
/// guarded UPDATEs, so the instance's row lock is still taken first.
/// </para>
/// <para>
/// The statement text depends only on the sequence of row kinds (start: instance, task, journal, notifications), built
/// once per sequence and kept (<see cref="Shapes"/>), so the pool's automatic preparation sees the same few texts again.
/// A command with many rows (a countersign of many signers) is split into statements of at most <see cref="MaxParts"/> rows.
/// </para>
/// </summary>
internal sealed class MergedInserts
{
    /// <summary>Rows per statement at most: keeps the texts few and short; more rows make further statements.</summary>
    public const int MaxParts = 8;

    // Kind codes, 3 bits each in a shape key (with the count in the low 4 bits).
    private const int KindBits = 3;

    private static readonly ConcurrentDictionary<ulong, string> Shapes = new();

    // Shapes kept at most (the kinds of rows a command writes are few; a bound keeps an odd process from growing it).
    private const int MaxShapes = 256;

    private readonly List<Kind> kinds = [];
    private readonly List<NpgsqlParameter[]> values = [];
    private readonly List<NpgsqlParameter?> lasts = [];

    /// <summary>The kinds of row merged, with the number of parameters each takes ($1 … in column order).</summary>
    public enum Kind
    {
        /// <summary>An instance row (<see cref="WorkflowTableSql.Instances"/>).</summary>
        Instance = 1,

        /// <summary>A task row and its candidate roles (<see cref="WorkflowTableSql.Tasks"/>'s columns, then the roles as text[]).</summary>
        Task = 2,

        /// <summary>A timer row (<see cref="WorkflowTableSql.Timers"/>).</summary>
        Timer = 3,

        /// <summary>The command's journal page (<see cref="WorkflowTableSql.JournalPages"/>).</summary>
        JournalPage = 4,

        /// <summary>The step's notifications, one array per column (<see cref="WorkflowTableSql.Notifications"/>).</summary>
        Notifications = 5,

        /// <summary>As <see cref="Task"/> without the columns of <see cref="WorkflowTableSql.OpenTaskNulls"/>, which are NULL.</summary>
        OpenTask = 6,

        /// <summary>As <see cref="Timer"/> without the columns of <see cref="WorkflowTableSql.PendingTimerNulls"/>, which are NULL.</summary>
        PendingTimer = 7,
    }

    /// <summary>How many rows are waiting.</summary>
    public int Count => kinds.Count;

    /// <summary>Adds a row of <paramref name="kind"/> with its parameters (in the kind's column order), and <paramref name="last"/> after them (a task's roles).</summary>
    public void Add(Kind kind, NpgsqlParameter[] parameters, NpgsqlParameter? last = null)
    {
        kinds.Add(kind);
        values.Add(parameters);
        lasts.Add(last);
    }

    /// <summary>Appends the waiting rows to <paramref name="batch"/> as statements of at most <see cref="MaxParts"/> rows each.</summary>
    public void AppendTo(NpgsqlBatch batch)
    {
        for (var start = 0; start < kinds.Count; start += MaxParts)
        {
            var count = Math.Min(MaxParts, kinds.Count - start);
            var command = new NpgsqlBatchCommand(Sql(start, count));
            for (var i = start; i < start + count; i++)
            {
                command.Parameters.AddRange(values[i]);
                if (lasts[i] is { } last) command.Parameters.Add(last);
            }

            batch.BatchCommands.Add(command);
        }
    }

    private string Sql(int start, int count)
    {
        var key = (ulong)count;
        for (var i = 0; i < count; i++) key |= (ulong)kinds[start + i] << (4 + (i * KindBits));
        if (Shapes.TryGetValue(key, out var sql)) return sql;
        sql = Build(kinds.GetRange(start, count));
        if (Shapes.Count < MaxShapes) Shapes.TryAdd(key, sql);
        return sql;
    }

    /// <summary>
    /// The statement for <paramref name="shape"/>: every part but the last as <c>w0 AS (…), w1 AS (…)</c>, the last as the
    /// statement itself; each part's parameters numbered after the parts before it.
    /// </summary>
    internal static string Build(IReadOnlyList<Kind> shape)
    {
        var parts = new List<string>();
        var offset = 0;
        foreach (var kind in shape)
        {
            switch (kind)
            {
                case Kind.Instance:
                    parts.Add(WorkflowTableSql.Instances.InsertAt(offset));
                    offset += WorkflowTableSql.Instances.ColumnCount;
                    break;
                case Kind.Task or Kind.OpenTask:
                    var task = $"w{parts.Count}";
                    var nulls = kind == Kind.OpenTask ? WorkflowTableSql.OpenTaskNulls : Array.Empty<string>();
                    parts.Add($"""{WorkflowTableSql.Tasks.InsertAt(offset, nulls)} RETURNING "Id" """);
                    offset += WorkflowTableSql.Tasks.ColumnCount - nulls.Length;
                    parts.Add($"""INSERT INTO wf_task_candidates ("TaskId", "Role") SELECT {task}."Id", role FROM {task}, unnest(${offset + 1}::text[]) AS role""");
                    offset += 1;
                    break;
                case Kind.Timer:
                    parts.Add(WorkflowTableSql.Timers.InsertAt(offset));
                    offset += WorkflowTableSql.Timers.ColumnCount;
                    break;
                case Kind.PendingTimer:
                    parts.Add(WorkflowTableSql.Timers.InsertAt(offset, WorkflowTableSql.PendingTimerNulls));
                    offset += WorkflowTableSql.Timers.ColumnCount - WorkflowTableSql.PendingTimerNulls.Length;
                    break;
                case Kind.JournalPage:
                    parts.Add(WorkflowTableSql.JournalPages.InsertAt(offset));
                    offset += WorkflowTableSql.JournalPages.ColumnCount;
                    break;
                case Kind.Notifications:
                    parts.Add(PostgresWorkflowWriter.InsertNotifications(offset + 1));
                    offset += WorkflowTableSql.Notifications.ColumnCount;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), kind, "unknown row kind");
            }
        }

        if (parts.Count == 1) return parts[0];
        var sql = new StringBuilder("WITH ");
        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append('w').Append(i).Append(" AS (").Append(parts[i]).Append(')');
        }

        return sql.Append(' ').Append(parts[^1]).ToString();
    }
}
