using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// Shared plumbing of the admission workflow's service tasks: they run inside an engine command, on the request's
/// DbContext, so their changes commit with the workflow step.
/// </summary>
public abstract class AdmissionActivityBase(AppDbContext db, ChinaClock clock) : IServiceActivity
{
    /// <summary>The village rows <see cref="SetAdmittedAsync"/> changed in the running step.</summary>
    private readonly List<(EntityEntry<SubmissionVillage> Entry, bool Before)> admittedSet = [];

    /// <summary>
    /// The submission's village rows, read without tracking, while a step of an activity that asks for it
    /// (<see cref="VillagesUntracked"/>) runs; null otherwise (the rows are the submission's tracked collection).
    /// </summary>
    private List<SubmissionVillage>? untracked;

    /// <summary>
    /// The village rows a submitting command has just written (<see cref="HoldWritten"/>), while it starts the submission's
    /// workflow; null otherwise. Held in an <see cref="AsyncLocal{T}"/> because the steps run inside that command's call
    /// (the engine's start runs them on the same context, awaited) and are built by the engine, not by the command: the
    /// rows reach every step of that start through the one accessor, <see cref="Villages"/>, without the context tracking them.
    /// </summary>
    private static readonly AsyncLocal<WrittenRows?> Written = new();

    private sealed record WrittenRows(Guid SubmissionId, List<SubmissionVillage> Rows);

    protected AppDbContext Db => db;

    /// <summary>
    /// Whether the step reads the submission's village rows without tracking them when the context does not hold them
    /// already (<see cref="ExecuteUntrackedAsync"/>). Tracked, a township's 1,000 rows kept ≈ 0.6 MiB more alive through
    /// the decision's request than untracked (the change tracker's entries, snapshots and identity maps: `submit-path
    /// retained=1`) — the largest thing the write stream's collections promoted (issue 20) — and every later save of the
    /// request went through them.
    /// </summary>
    protected virtual bool VillagesUntracked(ServiceActivityContext context) => false;

    /// <summary>The submission's village rows as this step sees them: its tracked collection, or the untracked rows.</summary>
    protected IReadOnlyList<SubmissionVillage> Villages(Submission submission) => untracked ?? submission.Villages;

    /// <summary>
    /// The district a system decision of a task reaching several districts is recorded under: the first in code order, so
    /// it does not depend on the order the rows were written or read in (the district of every village for one-district tasks).
    /// </summary>
    protected string FirstDistrict(Submission submission) => Villages(submission).Select(v => v.DistrictCode).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";

    /// <summary>
    /// Holds the village rows a submitting command has just written (by COPY, not tracked) for the steps its workflow start
    /// runs (the pre-check, a machine rejection, an emergency admission): they read them through <see cref="Villages"/> and
    /// write their submission's status as the untracked path does (<see cref="ExecuteUntrackedAsync"/>), so the command's
    /// context never tracks the rows — attached, 1,000 rows cost ≈ 1 MiB of change-tracker entries, and each of the
    /// command's saves enumerated them (issue 20). Dispose when the start returns.
    /// </summary>
    public static IDisposable HoldWritten(Guid submissionId, List<SubmissionVillage> rows)
    {
        var kept = new WrittenRows(submissionId, rows);
        var before = Written.Value;
        Written.Value = kept;
        return new Release(before);
    }

    private sealed class Release(WrittenRows? before) : IDisposable
    {
        public void Dispose() => Written.Value = before;
    }

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(context.BusinessKey, out var parsed) ? parsed
            : throw new InvalidOperationException($"instance {context.InstanceId} has no submission business key");
        var held = Held(id);
        if (held is null && HeldWritten(id) is { } written)
        {
            // The submitting command's own submission (tracked, demands and decisions loaded) and the rows it wrote.
            await ExecuteUntrackedAsync(id, context, written, cancellationToken);
            return;
        }
        if (held is null && VillagesUntracked(context))
        {
            await ExecuteUntrackedAsync(id, context, null, cancellationToken);
            return;
        }
        var submission = held ?? await db.Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"submission {id} not found for instance {context.InstanceId}");
        admittedSet.Clear();
        await StepAsync(id, context, async () =>
        {
            await RunAsync(submission, context, cancellationToken);
            submission.Version++;
            await db.SaveChangesAsync(cancellationToken);
            await AfterSaveAsync(submission, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        },
        // The loaded rows must not go on saying admitted what the database does not.
        UndoSetAdmitted, cancellationToken);
    }

    /// <summary>
    /// The one transaction scaffold of every step, tracked or not: <paramref name="body"/> runs in the caller's
    /// transaction, or in its own when there is none (dispatch writes assignments with bulk statements after the decision
    /// is saved, and both must commit together — a step run from a timer has no caller's transaction); a lost race on the
    /// submission's version is a <see cref="WorkflowConflictException"/> (a withdrawal, a parallel step: not an
    /// incident); on any failure the transaction is rolled back (ours by its disposal, the caller's by the caller the
    /// error reaches) and <paramref name="restore"/> gives the loaded objects their values from before the step.
    /// </summary>
    private async Task StepAsync(Guid id, ServiceActivityContext context, Func<Task> body, Action restore, CancellationToken cancellationToken)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            try
            {
                await body();
            }
            catch (DbUpdateConcurrencyException e)
            {
                throw new WorkflowConflictException($"submission {id} changed while {context.ElementId} ran", e);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            restore();
            throw;
        }
    }

    /// <summary>
    /// The step with the submission tracked but its village rows read without tracking (<see cref="VillagesUntracked"/>).
    /// What tracking did for those rows is done here: the admitted flags are set with one UPDATE
    /// (<see cref="SetAdmittedAsync"/>), and the submission's status and version are written with one UPDATE guarded by
    /// the version the step read — a concurrent change refuses the step as the tracked save's concurrency check did — and
    /// given to the tracked row as stored, so the save does not write them again, and
    /// <see cref="VillageInboxWriteInterceptor"/>, which would evict every village's inbox for a status change whose
    /// village rows it cannot see, is not asked to: this step evicts exactly what the interceptor would with the rows
    /// loaded (the villages admitted before or after the step when the submission became admitted or stopped being so,
    /// and the task for the pre-check's running-task index) once the transaction commits. The database's trigger on
    /// submissions tells other nodes as before.
    /// </summary>
    /// <remarks>
    /// With <paramref name="written"/> (<see cref="HoldWritten"/>) nothing is read: the submission is the one the command
    /// holds and the rows are the ones it wrote; a step that fails gives those rows back their admitted flags from before it.
    /// </remarks>
    private async Task ExecuteUntrackedAsync(Guid id, ServiceActivityContext context, (Submission Submission, List<SubmissionVillage> Rows)? written,
        CancellationToken cancellationToken)
    {
        var submission = written?.Submission ?? await db.Submissions.Include(s => s.Demands).Include(s => s.Decisions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"submission {id} not found for instance {context.InstanceId}");
        var villages = written?.Rows ?? await db.SubmissionVillages.AsNoTracking().Where(v => v.SubmissionId == id).ToListAsync(cancellationToken);
        var entry = db.Entry(submission);
        var (status, version) = (entry.Property(s => s.Status), entry.Property(s => s.Version));
        var (statusBefore, versionBefore) = (submission.Status, submission.Version);
        var admittedBefore = villages.Where(v => v.Admitted).Select(v => v.VillageCode).ToList();
        admittedSet.Clear();
        untracked = villages;
        try
        {
            await StepAsync(id, context, async () =>
            {
                await RunAsync(submission, context, cancellationToken);
                var to = submission.Status;
                List<string> evict = [VillageInboxCache.TaskChanged(id)];
                if (AdmittedWork.IsAdmitted(statusBefore) != AdmittedWork.IsAdmitted(to))
                {
                    if (await db.Submissions.Where(s => s.Id == id && s.Version == versionBefore)
                            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, to).SetProperty(s => s.Version, versionBefore + 1), cancellationToken) != 1)
                    {
                        throw new WorkflowConflictException($"submission {id} changed while {context.ElementId} ran");
                    }
                    Stored(status, to);
                    Stored(version, versionBefore + 1);
                    // Un-admitted: every village admitted before or after, as ever. Admitted: only those with an
                    // assignment of the task (an inbox shows assignments; the dispatch that writes one evicts its village).
                    var named = admittedBefore.Concat(villages.Where(v => v.Admitted).Select(v => v.VillageCode));
                    evict.AddRange(AdmittedWork.IsAdmitted(to) ? await AssignedAsync(id, [.. named.Distinct(StringComparer.Ordinal)], cancellationToken) : named);
                }
                else
                {
                    // Admitted before and after, or neither (a pre-check, a rejection, a post-hoc confirmation): the
                    // interceptor needs no village row for that (it evicts the task only), so the save below writes the
                    // status and version with the step's other changes to the row, checked against the version read
                    // (a concurrent change fails the save, refused as above) — one statement fewer than the guarded UPDATE.
                    submission.Version = versionBefore + 1;
                }
                Inbox.AfterCommit(db, evict);
                await db.SaveChangesAsync(cancellationToken);
                await AfterSaveAsync(submission, context, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            },
            () =>
            {
                // Rolled back: the tracked row says again what the database does; rows read for this step are let go, the
                // command's written rows (kept for its later steps and its caller) get their flags from before the step.
                Stored(status, statusBefore);
                Stored(version, versionBefore);
                UndoSetAdmitted();
                if (written is not null)
                {
                    var before = admittedBefore.ToHashSet(StringComparer.Ordinal);
                    foreach (var village in villages)
                    {
                        village.Admitted = before.Contains(village.VillageCode);
                    }
                }
            }, cancellationToken);
        }
        finally
        {
            untracked = null;
        }

        static void Stored<T>(PropertyEntry<Submission, T> property, T value)
        {
            property.CurrentValue = value;
            property.OriginalValue = value;
            property.IsModified = false;
        }
    }

    /// <summary>The inbox cache the untracked step evicts through (<see cref="VillagesUntracked"/>); activities that ask for it give it.</summary>
    protected virtual VillageInboxCache Inbox => throw new InvalidOperationException($"{GetType().Name} reads its villages untracked but gives no inbox cache");

    /// <summary>
    /// The submission as this context already holds it with its villages, demands and decisions loaded — the command that
    /// stored or loaded it a moment ago starts the step (a department system's submission, a sign-off) — or null. The
    /// query would return these same tracked objects (a tracking query does not overwrite a tracked row) after four
    /// statements and reading every village row again (1,000 for a township); the step's save is still checked against
    /// the submission's version.
    /// </summary>
    /// <summary>
    /// The submission this context tracks with its demands and decisions loaded and the village rows its submitting command
    /// wrote and holds (<see cref="HoldWritten"/>), or null.
    /// </summary>
    private (Submission Submission, List<SubmissionVillage> Rows)? HeldWritten(Guid id)
    {
        if (Written.Value is not { } written || written.SubmissionId != id)
        {
            return null;
        }
        using var paused = db.ChangeTracker.PauseDetection();
        var entry = db.ChangeTracker.Entries<Submission>().FirstOrDefault(e => e.Entity.Id == id);
        return entry is { State: EntityState.Unchanged or EntityState.Modified }
            && entry.Collection(s => s.Demands).IsLoaded && entry.Collection(s => s.Decisions).IsLoaded
            ? (entry.Entity, written.Rows)
            : null;
    }

    private Submission? Held(Guid id)
    {
        // Asking whether a collection is loaded detects changes in each of its rows otherwise (1,000 village rows).
        using var paused = db.ChangeTracker.PauseDetection();
        var entry = db.ChangeTracker.Entries<Submission>().FirstOrDefault(e => e.Entity.Id == id);
        return entry is { State: EntityState.Unchanged or EntityState.Modified }
            && entry.Collection(s => s.Villages).IsLoaded && entry.Collection(s => s.Demands).IsLoaded && entry.Collection(s => s.Decisions).IsLoaded
            ? entry.Entity
            : null;
    }

    protected abstract Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct);

    /// <summary>Runs after the step's changes are saved, in the same transaction (dispatch to villages, cancellations).</summary>
    protected virtual Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Records a decision taken by the workflow itself (machine check, tally), not by a person's task. Every such
    /// automatic act (a pre-check refusal, an emergency admission, a tally) is audited like a person's decision.
    /// </summary>
    protected void SystemDecision(Submission submission, DecisionKind kind, string orgUnit, string by, string reason, string? conditions = null, DateOnly? validUntil = null)
    {
        var decision = Decision.Record(submission, kind, orgUnit, by, reason, clock.UtcNow);
        decision.Conditions = conditions;
        decision.ValidUntil = validUntil;
        db.Decisions.Add(decision);
        new AuditLog(db, clock).RecordDecision(decision, submission.Number);
    }

    /// <summary>
    /// Sets the admitted flag of the submission's villages (of <paramref name="townships"/>, or all) with one set-based
    /// UPDATE, and the loaded rows to match as stored: a city-wide admission changes 10,000 rows, which change
    /// tracking would write as 10,000 statements. Being set-based, the UPDATE is not seen by
    /// <see cref="VillageInboxWriteInterceptor"/>: this process's cached inboxes of those villages, and its running-task
    /// index's copy of the task, are evicted through <paramref name="inbox"/> once the transaction commits.
    /// </summary>
    protected async Task SetAdmittedAsync(Submission submission, IReadOnlyCollection<string>? townships, bool admitted, VillageInboxCache inbox, CancellationToken ct)
    {
        var id = submission.Id;
        var villages = new List<string>();
        if (untracked is not null)
        {
            // Rows nobody tracks: given the value the UPDATE below stores, for the rest of the step (status, dispatch).
            foreach (var village in untracked)
            {
                if (village.Admitted != admitted && (townships is null || townships.Contains(village.TownshipCode)))
                {
                    village.Admitted = admitted;
                    villages.Add(village.VillageCode);
                }
            }
        }
        // One pass over the tracked rows with change detection off (DbContext.Entry per row would scan the graph each
        // time): each loaded row is given the value the UPDATE below stores, as its original value too, so SaveChanges
        // does not write it again.
        using (db.ChangeTracker.PauseDetection())
        {
            // Listed first: a row reports its change as it is set, which moves its entry between the change tracker's
            // sets while they would be enumerated.
            foreach (var entry in db.ChangeTracker.Entries<SubmissionVillage>().ToList())
            {
                var village = entry.Entity;
                if (village.SubmissionId != id || village.Admitted == admitted || (townships is not null && !townships.Contains(village.TownshipCode)))
                {
                    continue;
                }
                admittedSet.Add((entry, village.Admitted));
                village.Admitted = admitted;
                if (entry.State != EntityState.Added)
                {
                    AsStored(entry, admitted);
                    villages.Add(village.VillageCode);
                }
            }
        }
        if (villages.Count > 0)
        {
            await db.SubmissionVillages
                .Where(v => v.SubmissionId == id && v.Admitted != admitted && (townships == null || townships.Contains(v.TownshipCode)))
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Admitted, admitted), ct);
            // The pre-check's running-task index reads this task's admitted villages again (a township admitted
            // while the status stays PartiallyAdmitted changes nothing the interceptor sees).
            // A village row turning admitted changes the inbox only of a village with an assignment of the task (one
            // written before: a row admitted again); the rest are evicted by whoever writes their assignment (the
            // dispatch). Un-admitting evicts every one (issue 20, session 29).
            inbox.AfterCommit(db, [.. admitted ? await AssignedAsync(id, villages, ct) : villages, VillageInboxCache.TaskChanged(id)]);
        }
    }

    /// <summary>
    /// Of <paramref name="villages"/>, those with an assignment of submission <paramref name="id"/> (any status), read in
    /// the step's transaction; no statement for none. Exact also against a concurrent writer: an assignment is written only
    /// for a village row admitted and committed (the dispatch reads the flag and holds the submission's row), so none of a
    /// row this step admits can commit unseen by this read.
    /// </summary>
    private async Task<List<string>> AssignedAsync(Guid id, List<string> villages, CancellationToken ct) =>
        villages.Count == 0
            ? []
            : await db.Assignments.AsNoTracking().Where(a => a.SubmissionId == id && villages.Contains(a.VillageCode))
                .Select(a => a.VillageCode).Distinct().ToListAsync(ct);

    /// <summary>Gives the rows <see cref="SetAdmittedAsync"/> changed their value from before the step, as loaded and as stored.</summary>
    private void UndoSetAdmitted()
    {
        using var paused = db.ChangeTracker.PauseDetection();
        try
        {
            // Latest first, so a row changed twice in the step ends with its value from before the step.
            for (var i = admittedSet.Count - 1; i >= 0; i--)
            {
                var (entry, before) = admittedSet[i];
                entry.Entity.Admitted = before;
                if (entry.State is not (EntityState.Added or EntityState.Detached))
                {
                    AsStored(entry, before);
                }
            }
        }
        finally
        {
            admittedSet.Clear();
        }
    }

    /// <summary>
    /// The loaded row's flag as stored: its original value too, and not modified. The row reports its own changes
    /// (<see cref="SubmissionVillage"/>), so setting the flag has already marked it modified; an equal original value
    /// alone would not unmark it, and the save would write each row again (1,000 statements for a township).
    /// </summary>
    private static void AsStored(EntityEntry<SubmissionVillage> entry, bool admitted)
    {
        var property = entry.Property<bool>(nameof(SubmissionVillage.Admitted));
        property.OriginalValue = admitted;
        property.IsModified = false;
    }

    /// <summary>Status from the villages: all admitted, some, or none (then <paramref name="none"/>).</summary>
    protected SubmissionStatus FromVillages(Submission submission, SubmissionStatus none) =>
        Villages(submission).All(v => v.Admitted) ? SubmissionStatus.Admitted
        : Villages(submission).Any(v => v.Admitted) ? SubmissionStatus.PartiallyAdmitted
        : none;

    /// <summary>The per-instance outcomes of a finished multi-instance task (element → outcome).</summary>
    protected static IReadOnlyList<(string Element, string Outcome, string? By)> Outcomes(ServiceActivityContext context, string resultVariable)
    {
        if (context.GetVariable(resultVariable) is not { } result || !result.TryGetProperty("outcomes", out var outcomes))
        {
            return [];
        }
        return outcomes.EnumerateArray().Select(o => (
            o.GetProperty("element").ValueKind == System.Text.Json.JsonValueKind.String ? o.GetProperty("element").GetString()! : o.GetProperty("element").ToString(),
            o.TryGetProperty("outcome", out var x) ? x.GetString() ?? "" : "",
            o.TryGetProperty("completedBy", out var by) ? by.GetString() : null)).ToList();
    }
}
