using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TaskAdmission.Data.Workflows.Entities;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Data.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Data.Workflows;

/// <summary>The atomic commit: stage the change set into the shared context, then one SaveChanges.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Stages the change set into the shared <see cref="AppDbContext"/> and calls SaveChanges, which also saves any
    /// domain changes the caller made on that context — one transaction (the caller's, when one is open). The instance
    /// row is updated <c>WHERE "Version" = ExpectedVersion</c>, and every bookmark row it updates <c>WHERE "Status"</c>
    /// is still live, so a lost race or a second completion/firing writes nothing and throws
    /// <see cref="WorkflowConflictException"/>. Then neither the change set nor the caller's pending changes are saved;
    /// the caller's changes stay pending in the context (discard the scope, or roll back its transaction).
    /// </remarks>
    public async Task CommitAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        var instance = changes.Instance;
        if (instance.Version != changes.ExpectedVersion + 1)
        {
            throw new ArgumentException($"the new instance version must be {changes.ExpectedVersion + 1}", nameof(changes));
        }

        var staged = new List<EntityEntry>();
        try
        {
            var existing = await ExistingRowsAsync(changes, cancellationToken);
            Stage(changes, existing, staged);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new WorkflowConflictException(await DescribeConflictAsync(changes, e, cancellationToken), e);
        }
        catch (DbUpdateException e) when (changes.ExpectedVersion == 0)
        {
            // A new instance whose id exists already (the insert hit the primary key).
            Detach(staged);
            var found = await CurrentVersionAsync(instance.Id, cancellationToken);
            if (found == 0) throw;
            throw new WorkflowConflictException(VersionConflict(instance.Id, 0, found), e);
        }
        finally
        {
            // Workflow rows are never read back through tracking; detaching keeps a long-lived context small.
            Detach(staged);
            loaded.Remove(instance.Id);
        }
    }

    private void Stage(WorkflowChangeSet changes, LoadedRows existing, List<EntityEntry> staged)
    {
        var instance = ToRow(changes.Instance);
        if (changes.ExpectedVersion == 0)
        {
            staged.Add(db.Add(instance));
        }
        else
        {
            staged.Add(Update(instance, e => e.Property(x => x.Version).OriginalValue = changes.ExpectedVersion));
        }

        foreach (var task in changes.Tasks)
        {
            var row = ToRow(task);
            if (!existing.Ids.Contains(task.Id))
            {
                staged.Add(db.Add(row));
                foreach (var role in task.CandidateRoles.Distinct(StringComparer.Ordinal)) staged.Add(db.Add(new WfTaskCandidate { TaskId = task.Id, Role = role }));
                continue;
            }

            staged.Add(Update(row, e => e.Property(x => x.Status).OriginalValue = UserTaskStatus.Open));
            if (existing.TaskRoles.TryGetValue(task.Id, out var roles) && roles != row.CandidateRoles)
            {
                throw new NotSupportedException($"task {task.Id}: candidate roles cannot change after the task was created");
            }
        }

        foreach (var timer in changes.Timers)
        {
            staged.Add(existing.Ids.Contains(timer.Id)
                ? Update(ToRow(timer), e => e.Property(x => x.Status).OriginalValue = TimerStatus.Pending)
                : db.Add(ToRow(timer)));
        }

        foreach (var subscription in changes.Subscriptions)
        {
            staged.Add(existing.Ids.Contains(subscription.Id)
                ? Update(ToRow(subscription), e => e.Property(x => x.Status).OriginalValue = SubscriptionStatus.Active)
                : db.Add(ToRow(subscription)));
        }

        foreach (var incident in changes.Incidents)
        {
            staged.Add(existing.Ids.Contains(incident.Id)
                ? Update(ToRow(incident), e => e.Property(x => x.Status).OriginalValue = IncidentStatus.Open)
                : db.Add(ToRow(incident)));
        }

        foreach (var copy in changes.CarbonCopies) staged.Add(db.Add(ToRow(copy)));
        foreach (var entry in changes.Journal) staged.Add(db.Add(ToRow(entry)));
        foreach (var message in changes.Outbox) staged.Add(db.Add(ToRow(message)));
    }

    /// <summary>Marks a row modified with <paramref name="setOriginal"/> giving the value its UPDATE must still find.</summary>
    private EntityEntry<T> Update<T>(T row, Action<EntityEntry<T>> setOriginal)
        where T : class
    {
        var entry = db.Attach(row);
        setOriginal(entry);
        entry.State = EntityState.Modified;
        return entry;
    }

    /// <summary>Which bookmark rows of the change set exist already: from this store's load of the same version, else from the database.</summary>
    private async Task<LoadedRows> ExistingRowsAsync(WorkflowChangeSet changes, CancellationToken cancellationToken)
    {
        var id = changes.Instance.Id;
        if (changes.ExpectedVersion == 0) return new LoadedRows(0, [], []);
        if (loaded.TryGetValue(id, out var rows) && rows.Version == changes.ExpectedVersion) return rows;

        var taskIds = changes.Tasks.Select(t => t.Id).ToList();
        var timerIds = changes.Timers.Select(t => t.Id).ToList();
        var subscriptionIds = changes.Subscriptions.Select(s => s.Id).ToList();
        var incidentIds = changes.Incidents.Select(i => i.Id).ToList();
        var tasks = taskIds.Count == 0 ? [] : await db.Set<WfUserTask>().AsNoTracking()
            .Where(t => taskIds.Contains(t.Id)).Select(t => new { t.Id, t.CandidateRoles }).ToDictionaryAsync(t => t.Id, t => t.CandidateRoles, cancellationToken);
        var ids = new HashSet<Guid>(tasks.Keys);
        if (timerIds.Count > 0) ids.UnionWith(await db.Set<WfTimer>().AsNoTracking().Where(t => timerIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
        if (subscriptionIds.Count > 0) ids.UnionWith(await db.Set<WfSubscription>().AsNoTracking().Where(s => subscriptionIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken));
        if (incidentIds.Count > 0) ids.UnionWith(await db.Set<WfIncident>().AsNoTracking().Where(i => incidentIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken));
        return new LoadedRows(changes.ExpectedVersion, ids, tasks);
    }

    private async Task<string> DescribeConflictAsync(WorkflowChangeSet changes, DbUpdateConcurrencyException e, CancellationToken cancellationToken)
    {
        var id = changes.Instance.Id;
        var failed = e.Entries.Select(x => x.Entity).FirstOrDefault();
        Detach(e.Entries);
        return failed switch
        {
            WfUserTask task => $"instance {id}: task {task.Id} ({task.ElementId}) is no longer open; another command closed it",
            WfTimer timer => $"instance {id}: timer {timer.Id} ({timer.ElementId}) is no longer pending; another command fired or cancelled it",
            WfSubscription subscription => $"instance {id}: subscription {subscription.Id} ({subscription.ElementId}) is no longer active",
            WfIncident incident => $"instance {id}: incident {incident.Id} ({incident.ElementId}) was already resolved",
            _ => VersionConflict(id, changes.ExpectedVersion, await CurrentVersionAsync(id, cancellationToken)),
        };
    }

    private static string VersionConflict(Guid id, long expected, long found) =>
        $"instance {id} was changed concurrently: expected version {expected} but found {found}";

    private async Task<long> CurrentVersionAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<WfInstance>().AsNoTracking().Where(i => i.Id == id).Select(i => (long?)i.Version).FirstOrDefaultAsync(cancellationToken) ?? 0;

    private static void Detach(IEnumerable<EntityEntry> entries)
    {
        foreach (var entry in entries) entry.State = EntityState.Detached;
    }
}
