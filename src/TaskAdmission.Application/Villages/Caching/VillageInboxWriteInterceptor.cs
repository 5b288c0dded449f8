using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Read-your-writes for this process: after a SaveChanges (or its transaction) commits, evicts the inboxes of the
/// villages whose rows it changed — acknowledgements, revocations, dispatch decisions — and the org tree and API keys
/// it changed (<see cref="VillageInboxCache.OrgChanged"/>, <see cref="VillageInboxCache.KeysChanged"/>, list sets
/// <see cref="VillageInboxCache.ListsChanged"/>, data fields <see cref="VillageInboxCache.FieldsChanged"/>) and the submissions
/// it changed (<see cref="VillageInboxCache.TaskChanged"/>, for the pre-check's running-task index), without waiting
/// for the database's notification. Other processes' writes and set-based statements reach the cache through the listener.
/// What a save changed is parked on its context until the commit (<see cref="CommitHooks"/>; without a transaction the
/// save is the commit). As such a transaction commits, its id is asked (<see cref="TransactionCommittingAsync"/>) so
/// that its own notifications do not evict these villages a second time (<see cref="OwnCommits"/>).
/// </summary>
public sealed class VillageInboxWriteInterceptor(VillageInboxCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>
    /// The transaction's id as its notifications carry it (migration InboxNotifyTransaction), asked on its own
    /// connection just before COMMIT: one round trip, only for a PostgreSQL transaction that parked evictions while the
    /// cache is live. Null when it wrote nothing (no id, and no notification either).
    /// </summary>
    private const string TransactionIdSql = "SELECT pg_current_xact_id_if_assigned()::text";

    // A failure of the statement is not caught: it aborts the transaction, which PostgreSQL would end with a silent
    // rollback at COMMIT. It fails the commit instead, as the COMMIT itself would on that connection.
    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        MarkCommitting(eventData);
        if (Tagged(transaction, eventData) is { } parked)
        {
            using var command = IdCommand(transaction);
            parked.Transaction = TransactionId(command.ExecuteScalar());
            Committing(parked);
        }
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        MarkCommitting(eventData);
        if (Tagged(transaction, eventData) is { } parked)
        {
            await using var command = IdCommand(transaction);
            parked.Transaction = TransactionId(await command.ExecuteScalarAsync(cancellationToken));
            Committing(parked);
        }
        return result;
    }

    /// <summary>
    /// Which transaction's commit is being sent, for a dispatch's write-through (<see cref="VillageInboxCache.DeferThrough"/>):
    /// its updates are applied only at their own transaction's commit.
    /// </summary>
    private void MarkCommitting(TransactionEventData eventData)
    {
        if (eventData.Context is { } db && cache.ParkedOn(db) is { Through: not null } parked)
        {
            parked.CommittingTransaction = eventData.TransactionId;
        }
    }

    /// <summary>
    /// Records what the commit about to be sent will evict under its transaction's id (<see cref="OwnCommits"/>), before
    /// the COMMIT: its notifications can only come once it has committed, so they always find the record, whichever
    /// of them and the commit's eviction (<see cref="CommitHooks"/>, when EF reports the commit) comes first. A commit
    /// that is reported failed evicts the same villages all the same (<see cref="TransactionFailedAsync"/>).
    /// </summary>
    /// <remarks>
    /// Issue 20, session 29: recorded only after the eviction had run, the record came too late for most of them — under
    /// the Monday write stream every "notified" removal (3,142 in a 60 s morning) was of this process's own commits,
    /// a decision's 500 villages or a dispatch chunk's 200, applied by the listener while the commit's own eviction had
    /// not yet run or was still going through the list.
    /// </remarks>
    private void Committing(VillageInboxCache.Parked parked)
    {
        if (parked.Transaction is { } id)
        {
            cache.Own.Record(id, parked.Villages);
        }
    }

    /// <summary>
    /// A COMMIT that failed as far as EF knows — the server may have committed all the same (a connection lost after
    /// COMMIT went out), and its notifications then find the record made before it. So the record is forgotten first
    /// (a notification applied from then on evicts as one of another node), then the villages are evicted; one applied
    /// before that was sent after the server's commit, so this eviction still comes after it. Evicting after a commit
    /// that did not happen only costs misses.
    /// </summary>
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Failed(eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData);
        return Task.CompletedTask;
    }

    private void Failed(TransactionErrorEventData eventData)
    {
        if (eventData.Action == "Commit" && eventData.Context is { } db && cache.ParkedOn(db) is { } parked)
        {
            // A dispatch's write-through is never applied after a commit that failed (its hooks only evict then).
            parked.Through = null;
            if (parked.Transaction is { } id)
            {
                cache.Own.Applied(id);
                cache.Evict(parked.Villages);
            }
        }
    }

    /// <summary>
    /// What the committing transaction evicts, if its id is worth asking: while nothing is cached nothing is skipped, and
    /// only PostgreSQL sends notifications (a test may make the cache live on SQLite).
    /// </summary>
    private VillageInboxCache.Parked? Tagged(DbTransaction transaction, TransactionEventData eventData) =>
        transaction is NpgsqlTransaction && cache.IsLive && eventData.Context is { } db ? cache.ParkedOn(db) : null;

    private static DbCommand IdCommand(DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TransactionIdSql;
        return command;
    }

    private static ulong? TransactionId(object? id) => id is string text ? ulong.Parse(text, CultureInfo.InvariantCulture) : null;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Collect(eventData.Context) is { } admitted)
        {
            Park(eventData.Context!, admitted.Villages, Assigned(admitted.Pairs, Query(eventData.Context!, admitted.Pairs).ToList()));
        }
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Collect(eventData.Context) is { } admitted)
        {
            Park(eventData.Context!, admitted.Villages, Assigned(admitted.Pairs, await Query(eventData.Context!, admitted.Pairs).ToListAsync(cancellationToken)));
        }
        return result;
    }

    /// <summary>
    /// The assignments of these (submission, village) pairs' submissions in their villages, read in the save's transaction
    /// before its statements (an assignment added by this save names its village itself).
    /// </summary>
    private static IQueryable<Assignment> Query(DbContext db, List<(Guid Submission, string Village)> pairs)
    {
        var ids = pairs.Select(p => p.Submission).Distinct().ToList();
        var codes = pairs.Select(p => p.Village).Distinct(StringComparer.Ordinal).ToList();
        return db.Set<Assignment>().AsNoTracking().Where(a => ids.Contains(a.SubmissionId) && codes.Contains(a.VillageCode));
    }

    private static IEnumerable<string> Assigned(List<(Guid Submission, string Village)> pairs, List<Assignment> assignments)
    {
        var found = assignments.Select(a => (a.SubmissionId, a.VillageCode)).ToHashSet();
        return pairs.Where(found.Contains).Select(p => p.Village);
    }

    private void Park(DbContext db, HashSet<string> villages, IEnumerable<string> assigned)
    {
        villages.UnionWith(assigned);
        if (villages.Count > 0)
        {
            // Parked until commit: evicting before it would let a concurrent read cache the old rows again.
            cache.Defer(db, villages);
        }
    }

    /// <summary>
    /// Parks what this save evicts and returns null, or — when a village row or a submission of it turns admitted — returns
    /// what to evict besides those (the pairs) for the caller to keep those with an assignment and park them all: a row
    /// turning admitted changes only the inbox of a village with an assignment of its submission (an inbox is built from
    /// assignments; whoever writes one later evicts its village), as the database's trigger filters (migration
    /// InboxAdmitWithoutAssignment). Un-admitting evicts every village, as ever.
    /// </summary>
    private (HashSet<string> Villages, List<(Guid Submission, string Village)> Pairs)? Collect(DbContext? db)
    {
        if (db is null)
        {
            return null;
        }
        var villages = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(Guid Submission, string Village)>();
        List<(EntityEntry Entry, Submission Submission)>? admittedness = null;
        var villageRows = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is SubmissionVillage)
            {
                villageRows.Add(entry); // unchanged ones too: an admitted submission's rows name the villages it changes
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            // The pre-check's running-task index re-reads the submissions this save touched once it commits (a few
            // more than it needs — any change to a submission row — costs one small read each; one missed would be
            // served stale until the database's notification arrives).
            if (entry.Entity switch { Submission s => s.Id, SubmissionVillage v => v.SubmissionId, SubmissionDemand d => d.SubmissionId, _ => (Guid?)null } is { } task)
            {
                villages.Add(VillageInboxCache.TaskChanged(task));
            }
            switch (entry.Entity)
            {
                case Assignment a: villages.Add(a.VillageCode); break;
                // A village row admitted neither before nor after this save shows nothing, now or before (the gate needs it
                // admitted): no eviction — each save of a draft removes and adds all its village rows (up to 10,000), not
                // admitted, and each evicted a cached inbox for nothing (issue 20). The database's trigger filters the same way.
                case SubmissionVillage v when WasAdmitted(entry):
                    villages.Add(v.VillageCode);
                    break;
                case SubmissionVillage v when v.Admitted && entry.State != EntityState.Deleted:
                    pairs.Add((v.SubmissionId, v.VillageCode));
                    break;
                case ExitRequest e: villages.Add(e.VillageCode); break;
                case Submission s when entry.State == EntityState.Modified && AdmittednessChanged(entry): (admittedness ??= []).Add((entry, s)); break;
                case Decision when entry.State != EntityState.Added: villages.Add(VillageInboxCache.All); break;
                // A new unit matters to the org tree (a pre-check may target it next), not to any inbox; OrgChanged evicts both.
                case Department or OrgUnit: villages.Add(VillageInboxCache.OrgChanged); break;
                case ApiKey when entry.State != EntityState.Added: villages.Add(VillageInboxCache.KeysChanged); break;
                // The pre-check's lists in force and data-field dictionary (PrecheckReadCache).
                case ListSet or ListItem: villages.Add(VillageInboxCache.ListsChanged); break;
                case DataField: villages.Add(VillageInboxCache.FieldsChanged); break;
                case Identity.AppUser when entry.State != EntityState.Added: villages.Add(VillageInboxCache.UsersChanged); break;
                default: break;
            }
        }
        foreach (var (entry, submission) in admittedness ?? [])
        {
            AdmittedVillages(entry, submission, villageRows, villages, pairs);
        }
        pairs.RemoveAll(p => villages.Contains(p.Village));
        if (pairs.Count > 0 && !villages.Contains(VillageInboxCache.All))
        {
            return (villages, pairs);
        }
        Park(db, villages, []);
        return null;
    }

    /// <summary>Whether a village row was admitted before this save (a deleted row: as it was).</summary>
    private static bool WasAdmitted(EntityEntry entry) =>
        entry.State == EntityState.Deleted
            ? ((SubmissionVillage)entry.Entity).Admitted || (bool)entry.Property(nameof(SubmissionVillage.Admitted)).OriginalValue!
            : entry.State != EntityState.Added && (bool)entry.Property(nameof(SubmissionVillage.Admitted)).OriginalValue!;

    /// <summary>
    /// A submission that became admitted or stopped being so changes the inboxes of the villages admitted on it. With
    /// its village rows loaded (the decision path includes them) those are known: the rows admitted now or before
    /// this save. Otherwise every inbox. The database's trigger on submissions sends the same villages to every node.
    /// </summary>
    private static void AdmittedVillages(EntityEntry entry, Submission submission, List<EntityEntry> villageRows, HashSet<string> villages,
        List<(Guid Submission, string Village)> pairs)
    {
        if (!IsLoaded(entry, nameof(Submission.Villages)))
        {
            villages.Add(VillageInboxCache.All);
            return;
        }
        var admitted = nameof(SubmissionVillage.Admitted);
        foreach (var village in villageRows)
        {
            var row = (SubmissionVillage)village.Entity;
            if (row.SubmissionId == submission.Id
                && (row.Admitted || (village.State != EntityState.Added && (bool)village.Property(admitted).OriginalValue!)))
            {
                // Became admitted: only a village with an assignment of it sees that. Stopped being so: every one.
                if (AdmittedWork.IsAdmitted(submission.Status))
                {
                    pairs.Add((row.SubmissionId, row.VillageCode));
                }
                else
                {
                    villages.Add(row.VillageCode);
                }
            }
        }
    }

    /// <summary>
    /// Whether a collection is loaded, asked with change detection off: <see cref="EntityEntry.Collection(string)"/>
    /// detects changes in the entity and every loaded row of the collection again, which <c>ChangeTracker.Entries()</c>
    /// in <see cref="Collect"/> has just done for all of them — 130 ms of CPU per decision on 1,000 village rows.
    /// </summary>
    private static bool IsLoaded(EntityEntry entry, string collection)
    {
        using var paused = entry.Context.ChangeTracker.PauseDetection();
        return entry.Collection(collection).IsLoaded;
    }

    private static bool AdmittednessChanged(EntityEntry entry)
    {
        var status = entry.Property(nameof(Submission.Status));
        return status.IsModified && AdmittedWork.IsAdmitted((SubmissionStatus)status.OriginalValue!) != AdmittedWork.IsAdmitted((SubmissionStatus)status.CurrentValue!);
    }
}
