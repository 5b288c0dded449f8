using Microsoft.EntityFrameworkCore;
using TaskAdmission.Data.Workflows.Entities;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Data.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Data.Workflows;

/// <summary>
/// <see cref="IWorkflowStore"/> over the app's <see cref="AppDbContext"/> (wf_ tables). Scoped: it shares the
/// caller's context, so <see cref="CommitAsync"/> saves the caller's pending domain changes in the same transaction.
/// </summary>
public sealed partial class EfWorkflowStore(AppDbContext db, DeployedDefinitionCache? definitionCache = null) : IWorkflowStore
{
    // Ids of the rows LoadInstanceAsync returned, per instance and version: a commit of the same command then knows
    // which rows to update and which to insert without asking the database again.
    private readonly Dictionary<Guid, LoadedRows> loaded = [];

    /// <inheritdoc />
    public async Task<DeployedDefinition?> GetDefinitionAsync(string processId, int? version, CancellationToken cancellationToken = default)
    {
        if (version is { } wanted && definitionCache?.TryGet(processId, wanted, out var cached) == true) return cached;
        var rows = db.Set<WfDefinition>().AsNoTracking().Where(d => d.ProcessId == processId);
        var row = version is { } v
            ? await rows.FirstOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await rows.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
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
    }

    /// <inheritdoc />
    public async Task<InstanceRecords?> LoadInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WfInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null) return null;
        var tasks = await db.Set<WfUserTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open).ToListAsync(cancellationToken);
        var timers = await db.Set<WfTimer>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var subscriptions = await db.Set<WfSubscription>().AsNoTracking()
            .Where(s => s.InstanceId == instanceId && s.Status == SubscriptionStatus.Active).ToListAsync(cancellationToken);
        // HasOpenIncidents is written with every commit, so without it there is nothing to read.
        var incidents = !instance.HasOpenIncidents ? [] : await db.Set<WfIncident>().AsNoTracking()
            .Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open).ToListAsync(cancellationToken);

        loaded[instanceId] = new LoadedRows(
            instance.Version,
            [.. tasks.Select(t => t.Id), .. timers.Select(t => t.Id), .. subscriptions.Select(s => s.Id), .. incidents.Select(i => i.Id)],
            tasks.ToDictionary(t => t.Id, t => t.CandidateRoles));
        return new InstanceRecords(
            ToRecord(instance),
            tasks.Select(ToRecord).ToList(),
            timers.Select(ToRecord).ToList(),
            subscriptions.Select(ToRecord).ToList(),
            incidents.Select(ToRecord).ToList());
    }

    /// <inheritdoc />
    public async Task<UserTaskRecord?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        await db.Set<WfUserTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) is { } row ? ToRecord(row) : null;

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
        var rows = await db.Set<WfJournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
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

    /// <summary>Rows a load returned: Ids of live bookmarks, and each open task's candidate roles.</summary>
    private sealed record LoadedRows(long Version, HashSet<Guid> Ids, Dictionary<Guid, string> TaskRoles);
}
