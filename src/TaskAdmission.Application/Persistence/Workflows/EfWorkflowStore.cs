using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Application.Persistence.Workflows.Postgres;
using TaskAdmission.Application.Workflows;
using TaskAdmission.Application.Workflows.Notifications;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>
/// <see cref="IWorkflowStore"/> over the app's <see cref="AppDbContext"/> (wf_ tables). Scoped: it shares the
/// caller's context, so <see cref="CommitAsync"/> saves the caller's pending domain changes in the same transaction.
/// </summary>
public sealed partial class EfWorkflowStore(AppDbContext db, DeployedDefinitionCache? definitionCache = null, WorkflowNotifications? notifications = null) : IWorkflowStore
{
    // Ids of the rows LoadInstanceAsync returned, per instance and version: a commit of the same command then knows
    // which rows to update and which to insert without asking the database again.
    private readonly Dictionary<Guid, LoadedRows> loaded = [];

    /// <summary>
    /// Whether the context is on PostgreSQL (the hand-written paths). Not <c>Database.IsNpgsql()</c>: that compares the
    /// provider's name, which EF Core reads from its assembly's name on every call (an <c>AssemblyName</c> built each
    /// time: 2 % of the engine-cost harness's sampled CPU, three calls per instance); the connection's type says the same.
    /// </summary>
    private bool IsPostgres => db.Database.GetDbConnection() is NpgsqlConnection;

    /// <inheritdoc />
    public async Task<DeployedDefinition?> GetDefinitionAsync(string processId, int? version, CancellationToken cancellationToken = default)
    {
        // "Latest" asks only for the number (every start does), and the answer is kept a few seconds; the XML is read
        // once per version and host.
        var wanted = version;
        if (wanted is null && definitionCache?.TryGetLatest(processId, out var latest) == true) wanted = latest;
        // Answered from the cache (almost every command): no query is built — a LINQ query is an expression tree
        // allocated and walked on each call even when it is never run.
        if (wanted is { } known && definitionCache?.TryGet(processId, known, out var hit) == true) return hit;
        var rows = db.Set<WfDefinition>().AsNoTracking().Where(d => d.ProcessId == processId);
        if (wanted is null)
        {
            wanted = await rows.OrderByDescending(d => d.Version).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
            if (wanted is { } found) definitionCache?.SetLatest(processId, found);
        }

        if (wanted is not { } v) return null;
        if (definitionCache?.TryGet(processId, v, out var cached) == true) return cached;
        var row = await rows.FirstOrDefaultAsync(d => d.Version == v, cancellationToken);
        if (row is null) return null;
        var definition = ToRecord(row);
        definitionCache?.Add(definition);
        return definition;
    }

    /// <inheritdoc />
    public async Task AddDefinitionAsync(DeployedDefinition definition, CancellationToken cancellationToken = default)
    {
        var entry = db.Add(ToRow(definition));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            entry.State = EntityState.Detached;
            if (!await DefinitionExistsAsync(definition, cancellationToken)) throw;
            throw new WorkflowConflictException($"process '{definition.ProcessId}' version {definition.Version} was deployed concurrently", e);
        }

        entry.State = EntityState.Detached;
        definitionCache?.SetLatest(definition.ProcessId, definition.Version);
    }

    /// <inheritdoc />
    public async Task<InstanceRecords?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var graph = IsPostgres
            ? await WithConnectionAsync((connection, transaction) => PostgresWorkflowReader.LoadInstanceAsync(connection, transaction, instanceId, cancellationToken), cancellationToken)
            : await LoadGraphAsync(db.Set<WfInstance>().Where(i => i.Id == instanceId), null, cancellationToken);
        return graph is null ? null : Remember(graph);
    }

    /// <inheritdoc />
    public async Task<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        await db.Set<WfUserTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) is { } row ? ToRecord(row) : null;

    /// <inheritdoc />
    public async Task<TaskWithInstance?> LoadTaskWithInstanceAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var graph = IsPostgres
            ? await WithConnectionAsync((connection, transaction) => PostgresWorkflowReader.LoadByTaskAsync(connection, transaction, taskId, cancellationToken), cancellationToken)
            : await LoadGraphAsync(db.Set<WfInstance>().Where(i => db.Set<WfUserTask>().Any(t => t.Id == taskId && t.InstanceId == i.Id)), taskId, cancellationToken);
        if (graph is null) return null;
        var task = graph.Tasks.Single(t => t.Id == taskId);
        return new TaskWithInstance(ToRecord(task), task.Status == UserTaskStatus.Open ? Remember(graph) : null);
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the context's own connection (opened for it unless the caller holds it open) and
    /// in the context's current transaction, if any: the hand-written PostgreSQL paths see what the caller's EF work sees.
    /// </summary>
    private async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> action, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await action((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite: the instance row with its live bookmarks (and <paramref name="taskId"/> in any state) in one query: the bookmark
    /// sets come back joined, so an instance with n open tasks and m pending timers reads n × m rows — small for the
    /// processes we run (a countersign of ten signers with a reminder timer each is 100 rows), and one round trip
    /// instead of five.
    /// </summary>
    private async Task<LoadedGraph?> LoadGraphAsync(IQueryable<WfInstance> instances, Guid? taskId, CancellationToken cancellationToken) =>
        await instances.AsNoTracking().Select(i => new InstanceGraph
        {
            Instance = i,
            Tasks = db.Set<WfUserTask>().Where(t => t.InstanceId == i.Id && (t.Status == UserTaskStatus.Open || t.Id == taskId)).ToList(),
            Timers = db.Set<WfTimer>().Where(t => t.InstanceId == i.Id && t.Status == TimerStatus.Pending).ToList(),
            Subscriptions = db.Set<WfSubscription>().Where(s => s.InstanceId == i.Id && s.Status == SubscriptionStatus.Active).ToList(),
            Incidents = db.Set<WfIncident>().Where(x => x.InstanceId == i.Id && x.Status == IncidentStatus.Open).ToList(),
        }).AsSingleQuery().FirstOrDefaultAsync(cancellationToken) is { } graph
            ? new LoadedGraph(graph.Instance, graph.Tasks, graph.Timers, graph.Subscriptions, graph.Incidents)
            : null;

    /// <summary>Notes which rows the load returned (so the commit of this command knows what to update) and maps them.</summary>
    private InstanceRecords Remember(LoadedGraph graph)
    {
        // Loops, not LINQ: this runs for every engine command on a stored instance.
        var instance = graph.Instance;
        var ids = new HashSet<Guid>();
        var roles = new Dictionary<Guid, string>();
        var tasks = new List<UserTaskRecord>(graph.Tasks.Count);
        foreach (var task in graph.Tasks)
        {
            if (task.Status != UserTaskStatus.Open) continue;
            ids.Add(task.Id);
            roles[task.Id] = task.CandidateRoles;
            tasks.Add(ToRecord(task));
        }

        var timers = new List<TimerRecord>(graph.Timers.Count);
        foreach (var timer in graph.Timers)
        {
            ids.Add(timer.Id);
            timers.Add(ToRecord(timer));
        }

        var subscriptions = new List<MessageSubscriptionRecord>(graph.Subscriptions.Count);
        foreach (var subscription in graph.Subscriptions)
        {
            ids.Add(subscription.Id);
            subscriptions.Add(ToRecord(subscription));
        }

        var incidents = new List<IncidentRecord>(graph.Incidents.Count);
        foreach (var incident in graph.Incidents)
        {
            ids.Add(incident.Id);
            incidents.Add(ToRecord(incident));
        }

        loaded[instance.Id] = new LoadedRows(instance.Version, ids, roles, graph);
        return new InstanceRecords(ToRecord(instance), tasks, timers, subscriptions, incidents);
    }

    /// <inheritdoc />
    public async Task<TimerRecord?> GetTimerAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        await db.Set<WfTimer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken) is { } row ? ToRecord(row) : null;

    /// <inheritdoc />
    public async Task<IncidentRecord?> GetIncidentAsync(Guid incidentId, CancellationToken cancellationToken = default) =>
        await db.Set<WfIncident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken) is { } row ? ToRecord(row) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WfSubscription>().AsNoTracking()
            .Where(s => s.Status == SubscriptionStatus.Active && s.MessageName == messageName && s.BusinessKey == businessKey)
            .OrderBy(s => s.CreatedAtUtc).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var pages = await db.Set<WfJournalPage>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId).OrderBy(j => j.FirstSequence).ToListAsync(cancellationToken);
        return pages.SelectMany(JournalPageJson.Entries).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IncidentRecord>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WfIncident>().AsNoTracking()
            .Where(i => i.InstanceId == instanceId).OrderBy(i => i.CreatedAtUtc).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    private Task<bool> DefinitionExistsAsync(DeployedDefinition definition, CancellationToken cancellationToken) =>
        db.Set<WfDefinition>().AsNoTracking().AnyAsync(d => d.ProcessId == definition.ProcessId && d.Version == definition.Version, cancellationToken);

    /// <summary>What <see cref="LoadGraphAsync"/> reads on SQLite (EF projects into a class with settable members).</summary>
    private sealed class InstanceGraph
    {
        public required WfInstance Instance { get; init; }
        public required List<WfUserTask> Tasks { get; init; }
        public required List<WfTimer> Timers { get; init; }
        public required List<WfSubscription> Subscriptions { get; init; }
        public required List<WfIncident> Incidents { get; init; }
    }

    /// <summary>
    /// Rows a load returned: Ids of live bookmarks, each open task's candidate roles, and the rows themselves when this
    /// scope's load read them (null when the commit had to look the ids up): the writer then binds only changed columns.
    /// </summary>
    private sealed record LoadedRows(long Version, HashSet<Guid> Ids, Dictionary<Guid, string> TaskRoles, LoadedGraph? Graph);
}
