using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TaskAdmission.Application.Persistence.Workflows.Postgres;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>The atomic commit: the change set and the caller's pending domain changes in one transaction.</summary>
public sealed partial class EfWorkflowStore
{
    private const string Savepoint = "wf_commit";

    /// <inheritdoc />
    /// <remarks>
    /// Runs in the caller's transaction when one is open (behind a savepoint), else in its own. The whole change set —
    /// the instance row, bookmarks, journal, outbox — and any domain changes the caller made on the shared
    /// <see cref="AppDbContext"/> commit together. The instance row is updated <c>WHERE "Id" = @id AND "Version" =
    /// @expected</c> and every bookmark row it updates must still be live (<c>WHERE "Status" = 'Open'</c>/<c>'Pending'</c>/…).
    /// On PostgreSQL the change set is one hand-written batch with the instance row first
    /// (<see cref="Postgres.PostgresWorkflowWriter"/>), followed by SaveChanges for the caller's changes; on SQLite it is
    /// staged into the one SaveChanges batch (EF orders a batch by table and key, so every command takes the locks in the
    /// same order). Either way a concurrent command on the same instance blocks on the first row it shares with the
    /// winner, then finds no row and fails: exactly one winner.
    /// On <see cref="WorkflowConflictException"/> nothing was written — neither the change set nor the caller's
    /// pending changes, which stay pending in the context (discard the scope, or roll back the caller's transaction).
    /// </remarks>
    public async Task CommitAsync(WorkflowChangeSet changes, CancellationToken cancellationToken = default)
    {
        var instance = changes.Instance;
        if (instance.Version != changes.ExpectedVersion + 1)
        {
            throw new ArgumentException($"the new instance version must be {changes.ExpectedVersion + 1}", nameof(changes));
        }

        var existing = await ExistingRowsAsync(changes, cancellationToken);
        RefuseChangedCandidateRoles(changes, existing);
        // The people concerned are told in the step's own transaction: their notifications are pending changes of the
        // shared context, so they commit with the change set (and the PostgreSQL path below runs in a transaction).
        var told = notifications is null ? [] : await notifications.StageAsync(changes, cancellationToken);
        try
        {
            if (IsPostgres && db.Database.CurrentTransaction is null && OnlyNotificationsPending(told))
            {
                // Nothing of the caller's to save with it: the change set and the step's own notifications are one batch,
                // and one batch without an explicit transaction is one implicit transaction (all or nothing) — no BEGIN,
                // no separate INSERT of the notifications through SaveChanges, no COMMIT round trip.
                await WithConnectionAsync(
                    async (connection, _) =>
                    {
                        await PostgresWorkflowWriter.WriteAsync(connection, null, changes, existing.Ids, told, existing.Graph, cancellationToken);
                        return true;
                    },
                    cancellationToken);
                LightLoadVersions.Note(changes, existing.Graph);
                // Saved: tracked as SaveChanges would leave them.
                SetState(told, EntityState.Unchanged);
            }
            else
            {
                await CommitInTransactionAsync(changes, existing, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SetState(told, EntityState.Detached);
            var conflict = await ConflictOrNullAsync(changes, e, cancellationToken);
            if (conflict is null) throw;
            throw conflict;
        }
        finally
        {
            loaded.Remove(instance.Id);
        }
    }

    /// <summary>
    /// Sets the state of the step's own notification rows without EF's change detection, which <c>Entry</c> otherwise
    /// runs for each: rows this step just added have no property changes to find.
    /// </summary>
    private void SetState(IReadOnlyList<Notification> told, EntityState state)
    {
        if (told.Count == 0) return;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var notification in told) db.Entry(notification).State = state;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The change set and the caller's pending changes in the caller's transaction (behind a savepoint) or in a new one.</summary>
    private async Task CommitInTransactionAsync(WorkflowChangeSet changes, LoadedRows existing, CancellationToken cancellationToken)
    {
        var callerTransaction = db.Database.CurrentTransaction;
        await using var ownTransaction = callerTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (callerTransaction is not null) await callerTransaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var staged = new List<EntityEntry>();
        // Our own transaction or savepoint already makes the save atomic; EF's extra savepoint would only cost a round of work.
        var autoSavepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            if (IsPostgres)
            {
                // The change set as hand-written SQL; then the caller's own pending changes in the same transaction.
                var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
                await PostgresWorkflowWriter.WriteAsync(transaction.Connection!, transaction, changes, existing.Ids, [], existing.Graph, cancellationToken);
                if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                StageInstance(changes, staged);
                Stage(changes, existing, staged);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
                // Durable now; a caller's transaction may still roll back, so a savepoint's commit is not noted.
                if (IsPostgres) LightLoadVersions.Note(changes, existing.Graph);
            }
            else
            {
                await callerTransaction!.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
        }
        catch
        {
            Detach(staged);
            if (ownTransaction is not null) await ownTransaction.RollbackAsync(CancellationToken.None);
            else await callerTransaction!.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            throw;
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = autoSavepoints;
            // Workflow rows are never read back through tracking; detaching keeps a long-lived context small.
            Detach(staged);
        }
    }

    /// <summary>
    /// Whether the context's only pending changes are the notifications this step staged (<paramref name="told"/>): rows
    /// no interceptor or SaveChanges override acts on (<see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>
    /// chains audit rows, the village inbox interceptor evicts on village rows), so the PostgreSQL batch may write them
    /// itself. Anything else of the caller's — an audit row above all, which must be chained at its commit — goes
    /// through SaveChanges in a transaction.
    /// </summary>
    private bool OnlyNotificationsPending(IReadOnlyList<Notification> told)
    {
        if (told.Count == 0) return !db.ChangeTracker.HasChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Unchanged) continue;
            if (entry.State != EntityState.Added || entry.Entity is not Notification notification || !told.Contains(notification)) return false;
        }
        return true;
    }

    /// <summary>The version check: the instance row is inserted, or updated only if it is still at the expected version.</summary>
    private void StageInstance(WorkflowChangeSet changes, List<EntityEntry> staged)
    {
        var row = ToRow(changes.Instance);
        staged.Add(changes.ExpectedVersion == 0
            ? db.Add(row)
            : Update(row, e => e.Property(x => x.Version).OriginalValue = changes.ExpectedVersion));
    }

    /// <summary>The conflict a failed commit stands for, or null when it is another error.</summary>
    private async Task<WorkflowConflictException?> ConflictOrNullAsync(WorkflowChangeSet changes, Exception error, CancellationToken cancellationToken)
    {
        var id = changes.Instance.Id;
        if (StaleRow(error, out var row))
        {
            var message = row is WfInstance ? VersionConflict(id, changes.ExpectedVersion, await CurrentVersionAsync(id, cancellationToken)) : NoLongerLive(id, row);
            return new WorkflowConflictException(message, error);
        }

        if (error is DbUpdateException or PostgresException && await CurrentVersionAsync(id, cancellationToken) is var found && found != changes.ExpectedVersion)
        {
            // The batch failed on a row the winner wrote first (a new instance whose id exists, or the journal
            // sequence the winner took while this command waited for its lock): the instance has moved on.
            return new WorkflowConflictException(VersionConflict(id, changes.ExpectedVersion, found), error);
        }

        return null;
    }

    /// <summary>
    /// Whether a guarded row was no longer as the command read it — EF's concurrency tokens (SQLite) or
    /// the guarded UPDATEs' failed check (PostgreSQL) — and which row: the instance when it is among them.
    /// </summary>
    private static bool StaleRow(Exception error, out object? row)
    {
        switch (error)
        {
            case StaleRowException stale:
                row = stale.Row;
                return true;
            case DbUpdateConcurrencyException concurrency:
                var rows = concurrency.Entries.Select(x => x.Entity).ToList();
                row = rows.FirstOrDefault(x => x is WfInstance) ?? rows.FirstOrDefault();
                return true;
            default:
                row = null;
                return false;
        }
    }

    /// <summary>
    /// A task's candidate roles are fixed when it is created: the "claimable by my roles" index (wf_task_candidates) is
    /// written once, with the task.
    /// </summary>
    private static void RefuseChangedCandidateRoles(WorkflowChangeSet changes, LoadedRows existing)
    {
        foreach (var task in changes.Tasks)
        {
            if (existing.TaskRoles.TryGetValue(task.Id, out var roles) && roles != JoinRoles(task.CandidateRoles))
            {
                throw new NotSupportedException($"task {task.Id}: candidate roles cannot change after the task was created");
            }
        }
    }

    /// <summary>Why a bookmark row its command read as live could not be updated.</summary>
    private static string NoLongerLive(Guid id, object? row) => row switch
    {
        WfUserTask task => $"instance {id}: task {task.Id} ({task.ElementId}) is no longer open; another command closed it",
        WfTimer timer => $"instance {id}: timer {timer.Id} ({timer.ElementId}) is no longer pending; another command fired or cancelled it",
        WfSubscription subscription => $"instance {id}: subscription {subscription.Id} ({subscription.ElementId}) is no longer active",
        WfIncident incident => $"instance {id}: incident {incident.Id} ({incident.ElementId}) was already resolved",
        _ => $"instance {id} was changed concurrently",
    };

    private void Stage(WorkflowChangeSet changes, LoadedRows existing, List<EntityEntry> staged)
    {
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
        if (changes.Journal.Count > 0) staged.Add(db.Add(JournalPageJson.ToPage(changes.Journal)));
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
        if (changes.ExpectedVersion == 0) return new LoadedRows(0, [], [], null);
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
        return new LoadedRows(changes.ExpectedVersion, ids, tasks, null);
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
