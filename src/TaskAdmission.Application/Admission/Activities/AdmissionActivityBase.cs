using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
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

    protected AppDbContext Db => db;

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(context.BusinessKey, out var parsed) ? parsed
            : throw new InvalidOperationException($"instance {context.InstanceId} has no submission business key");
        var submission = Held(id) ?? await db.Submissions.Include(s => s.Villages).Include(s => s.Demands).Include(s => s.Decisions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"submission {id} not found for instance {context.InstanceId}");
        // Dispatch writes assignments with bulk statements after the decision is saved; both must commit together,
        // so a step run without the caller's transaction (e.g. from a timer) opens its own.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        admittedSet.Clear();
        try
        {
            try
            {
                await RunAsync(submission, context, cancellationToken);
                submission.Version++;
                await db.SaveChangesAsync(cancellationToken);
                await AfterSaveAsync(submission, context, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException e)
            {
                // Someone changed the submission meanwhile (a withdrawal, a parallel step): a lost race, not an incident.
                throw new WorkflowConflictException($"submission {id} changed while {context.ElementId} ran", e);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // The step's transaction is rolled back (ours by its disposal, the caller's by the caller the error reaches):
            // the loaded rows must not go on saying admitted what the database does not.
            UndoSetAdmitted();
            throw;
        }
    }

    /// <summary>
    /// The submission as this context already holds it with its villages, demands and decisions loaded — the command that
    /// stored or loaded it a moment ago starts the step (a department system's submission, a sign-off) — or null. The
    /// query would return these same tracked objects (a tracking query does not overwrite a tracked row) after four
    /// statements and reading every village row again (1,000 for a township); the step's save is still checked against
    /// the submission's version.
    /// </summary>
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
            inbox.AfterCommit(db, [.. villages, VillageInboxCache.TaskChanged(id)]);
        }
    }

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
    protected static SubmissionStatus FromVillages(Submission submission, SubmissionStatus none) =>
        submission.Villages.All(v => v.Admitted) ? SubmissionStatus.Admitted
        : submission.Villages.Any(v => v.Admitted) ? SubmissionStatus.PartiallyAdmitted
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
