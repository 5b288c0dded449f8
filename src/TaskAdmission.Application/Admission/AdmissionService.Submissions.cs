using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

public sealed partial class AdmissionService
{
    /// <summary>
    /// Creates a submission. Drafts wait for editing and the head's sign-off; a department system's submission
    /// (<paramref name="start"/>) starts the workflow at once. A repeated Idempotency-Key returns the first submission.
    /// </summary>
    public async Task<Submission> CreateAsync(SubmissionInput input, Actor actor, bool start, string? idempotencyKey = null, CancellationToken ct = default) =>
        (await CreateOnceAsync(input, actor, start ? SubmissionStart.Review : SubmissionStart.Draft, idempotencyKey, ct)).Submission;

    /// <summary>
    /// Creates a submission and takes it as far as <paramref name="start"/> says, in one transaction; with an
    /// Idempotency-Key, every repetition — also one running at the same moment — gets the first submission back
    /// (<c>Created</c> false) and changes nothing.
    /// </summary>
    public async Task<(Submission Submission, bool Created)> CreateOnceAsync(
        SubmissionInput input, Actor actor, SubmissionStart start, string? idempotencyKey, CancellationToken ct = default)
    {
        EnsureOwnDepartment(input.Request.DepartmentCode, actor);
        if (idempotencyKey is not null && await FindByIdempotencyKeyAsync(actor.DepartmentCode!, idempotencyKey, ct) is { } existing)
        {
            return (existing, false);
        }
        var problems = SubmissionValidator.Validate(input.Request, input.ContactName, input.ContactPhone, requireContact: true, input.Frequency);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var context = await BuildContextAsync(input.Request, null, ct);
        var now = clock.UtcNow;
        var submission = new Submission
        {
            Id = Guid.NewGuid(),
            Number = NewNumber(now),
            CreatedBy = actor.UserName,
            CreatedAtUtc = now,
            IdempotencyKey = idempotencyKey,
        };
        Apply(submission, input, context.Villages.Select(v => (v.VillageCode, v.TownshipCode, v.DistrictCode)), context.Fields);
        // A city-wide submission has 10,000 village rows: written in bulk (COPY on PostgreSQL) after the submission row,
        // then attached as they are stored, instead of one INSERT each through change tracking.
        var villages = submission.Villages.ToList();
        submission.Villages.Clear();
        db.Submissions.Add(submission);
        audit.Record(actor.UserName, "submission.create", $"submission:{submission.Number}", submission.Title);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await BulkInsert.WriteAsync(db, villages, ct);
            // A new submission's rows are all here: its workflow steps (started below) use them instead of reading them
            // again. Started now, the rows are not tracked: the steps get them from the command (HoldWritten), and every
            // save of the start stays clear of 1,000 change-tracker entries. Said with change detection off: an entry's
            // collection would otherwise detect changes in each row.
            if (start != SubmissionStart.Review)
            {
                db.AttachRange(villages);
            }
            using (db.ChangeTracker.PauseDetection())
            {
                var entry = db.Entry(submission);
                entry.Collection(s => s.Villages).IsLoaded = start != SubmissionStart.Review;
                entry.Collection(s => s.Demands).IsLoaded = true;
                entry.Collection(s => s.Decisions).IsLoaded = true;
            }
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Two retries raced; the other one created it.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var winner = await FindByIdempotencyKeyAsync(actor.DepartmentCode!, idempotencyKey, ct);
            if (winner is null)
            {
                throw;
            }
            return (winner, false);
        }
        if (start == SubmissionStart.Review)
        {
            submission.SignedOffBy = $"{actor.UserName} ({AppRoles.DepartmentSystem})";
            // The workflow's pre-check step runs inside StartWorkflowAsync: it may reuse this context (PrecheckService).
            using (prechecker.Remember(submission, context))
            using (Activities.AdmissionActivityBase.HoldWritten(submission.Id, villages))
            {
                await StartWorkflowAsync(submission, actor, ct);
            }
        }
        else if (start == SubmissionStart.SignOff)
        {
            submission.MoveTo(SubmissionStatus.AwaitingSignOff);
            submission.Version++;
            audit.Record(actor.UserName, "submission.signoff.request", $"submission:{submission.Number}");
            await SaveAsync(ct);
        }
        await tx.CommitAsync(ct);
        if (start == SubmissionStart.Review)
        {
            HandOver(submission, villages);
        }
        return (submission, true);
    }

    /// <summary>
    /// The started submission as its caller gets it: with its village rows as stored (the steps' admitted flags
    /// included) and no longer tracked — its demands and decisions neither — as the command is done with it. Rows in
    /// the collection of a tracked submission that the context does not track would be taken for new ones by the next
    /// save of this context, and attached they would cost what not tracking them saved. A later read in the same scope
    /// reads it afresh.
    /// </summary>
    private void HandOver(Submission submission, List<SubmissionVillage> villages)
    {
        using (db.ChangeTracker.PauseDetection())
        {
            foreach (var demand in submission.Demands)
            {
                db.Entry(demand).State = EntityState.Detached;
            }
            foreach (var decision in submission.Decisions)
            {
                db.Entry(decision).State = EntityState.Detached;
            }
            db.Entry(submission).State = EntityState.Detached;
        }
        submission.Villages.AddRange(villages);
    }

    /// <summary>
    /// After a rejection (or a withdrawal), starts a new draft from the old submission, linked to it. Not while the
    /// refusal is under appeal (or overruled and not yet reopened): the same work would live on twice.
    /// </summary>
    public async Task<Submission> ReviseAsNewAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var old = await LoadOwnAsync(id, actor, ct);
        if (old.Status is not (SubmissionStatus.Rejected or SubmissionStatus.Withdrawn or SubmissionStatus.PurchaseOfService))
        {
            throw RefusalException.Conflict("NotEditable");
        }
        if (await Appeals.PrecheckAppealService.BlocksRevisionAsync(db, old, ct))
        {
            throw RefusalException.Conflict("AppealPending");
        }
        var now = clock.UtcNow;
        var copy = new Submission
        {
            Id = Guid.NewGuid(), Number = NewNumber(now), RevisionOf = old.Id,
            CreatedBy = actor.UserName, CreatedAtUtc = now,
        };
        var request = SubmissionRequests.From(old, Today);
        Apply(copy, new SubmissionInput(request, old.ContactName, old.ContactPhone, old.Frequency),
            old.Villages.Select(v => (v.VillageCode, v.TownshipCode, v.DistrictCode)), await fields.DictionaryAsync(ct));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Revise or appeal, never both (Appeals.SubmissionClaim): an appeal sent in the same instant passed its check too,
        // so the old submission's row is won at the version read above, before anything is written.
        if (!await Appeals.SubmissionClaim.TryAsync(db, old.Id, old.Version, ct))
        {
            throw RefusalException.Conflict(await Appeals.PrecheckAppealService.BlocksRevisionAsync(db, old, ct) ? "AppealPending" : Appeals.SubmissionClaim.Lost);
        }
        var version = db.Entry(old).Property(s => s.Version);
        (version.CurrentValue, version.OriginalValue) = (old.Version + 1, old.Version + 1);
        version.IsModified = false;
        db.Submissions.Add(copy);
        audit.Record(actor.UserName, "submission.revise", $"submission:{copy.Number}", $"revision of {old.Number}");
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return copy;
    }

    /// <summary>Edits a draft (or a returned submission, before it is re-checked).</summary>
    public async Task<Submission> UpdateAsync(Guid id, SubmissionInput input, Actor actor, CancellationToken ct = default)
    {
        var submission = await LoadOwnAsync(id, actor, ct);
        if (submission.Status is not (SubmissionStatus.Draft or SubmissionStatus.Returned))
        {
            throw RefusalException.Conflict("NotEditable");
        }
        EnsureOwnDepartment(input.Request.DepartmentCode, actor);
        var problems = SubmissionValidator.Validate(input.Request, input.ContactName, input.ContactPhone, requireContact: true, input.Frequency);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var context = await BuildContextAsync(input.Request, id, ct);
        // A returned submission keeps its villages' admitted state; its targets may not grow.
        var admitted = submission.Villages.Where(v => v.Admitted).Select(v => v.VillageCode).ToHashSet();
        db.RemoveRange(submission.Demands);
        submission.Demands.Clear();
        if (submission.Status == SubmissionStatus.Draft)
        {
            db.RemoveRange(submission.Villages);
            submission.Villages.Clear();
        }
        var draft = submission.Status == SubmissionStatus.Draft;
        Apply(submission, input, draft ? context.Villages.Select(v => (v.VillageCode, v.TownshipCode, v.DistrictCode)) : [], context.Fields);
        // The new rows have their keys set, so change detection would take them for existing rows (an UPDATE of
        // nothing, reported as a concurrency conflict): say they are new.
        db.AddRange(submission.Demands);
        if (draft)
        {
            db.AddRange(submission.Villages);
        }
        foreach (var v in submission.Villages)
        {
            v.Admitted = admitted.Contains(v.VillageCode);
        }
        submission.Version++;
        audit.Record(actor.UserName, "submission.update", $"submission:{submission.Number}");
        await SaveAsync(ct);
        return submission;
    }

    /// <summary>The submitter asks the department head to sign off.</summary>
    public Task<Submission> RequestSignOffAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        TransitionAsync(id, actor, SubmissionStatus.Draft, SubmissionStatus.AwaitingSignOff, "submission.signoff.request", ct);

    /// <summary>The head signs off: the submission leaves the department and the workflow starts.</summary>
    public async Task<Submission> SignOffAsync(Guid id, Actor head, CancellationToken ct = default)
    {
        var submission = await LoadOwnAsync(id, head, ct);
        if (submission.Status != SubmissionStatus.AwaitingSignOff)
        {
            throw RefusalException.Conflict("NotEditable");
        }
        if (submission.CreatedBy == head.UserName)
        {
            throw RefusalException.Conflict("SignOffSelf");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        submission.SignedOffBy = head.UserName;
        submission.Version++;
        audit.Record(head.UserName, "submission.signoff", $"submission:{submission.Number}");
        await StartWorkflowAsync(submission, head, ct);
        await tx.CommitAsync(ct);
        return submission;
    }

    /// <summary>Withdraws (撤回) a submission that no reviewer has decided on yet.</summary>
    public async Task<Submission> WithdrawAsync(Guid id, Actor actor, string reason, CancellationToken ct = default)
    {
        var submission = await LoadOwnAsync(id, actor, ct);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Submission.ReasonMax)
        {
            throw RefusalException.Invalid("reason", "ReasonRequired");
        }
        if (submission.Status is not (SubmissionStatus.Draft or SubmissionStatus.AwaitingSignOff or SubmissionStatus.InReview)
            || submission.Decisions.Any(d => d.Kind != DecisionKind.Withdrawn))
        {
            throw RefusalException.Conflict("NotWithdrawable");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (submission.WorkflowInstanceId is { } instance)
        {
            try
            {
                await engine.WithdrawInstanceAsync(instance, submission.CreatedBy, reason, ct);
            }
            catch (Exception ex) when (ex is WorkflowOperationException or WorkflowConflictException)
            {
                throw RefusalException.Conflict("NotWithdrawable");
            }
        }
        submission.MoveTo(SubmissionStatus.Withdrawn);
        submission.Version++;
        var withdrawal = AddDecision(submission, DecisionKind.Withdrawn, actor.DepartmentCode ?? "", actor.UserName, reason, null);
        audit.RecordDecision(withdrawal, submission.Number);
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return submission;
    }

    private async Task<Submission> TransitionAsync(Guid id, Actor actor, SubmissionStatus from, SubmissionStatus to, string action, CancellationToken ct)
    {
        var submission = await LoadOwnAsync(id, actor, ct);
        if (submission.Status != from)
        {
            throw RefusalException.Conflict("NotEditable");
        }
        submission.MoveTo(to);
        submission.Version++;
        audit.Record(actor.UserName, action, $"submission:{submission.Number}");
        await SaveAsync(ct);
        return submission;
    }

    private async Task StartWorkflowAsync(Submission submission, Actor actor, CancellationToken ct)
    {
        submission.SubmittedAtUtc = clock.UtcNow;
        submission.MoveTo(SubmissionStatus.InReview);
        await SaveAsync(ct);
        var result = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = ProcessId,
            BusinessKey = submission.Id.ToString(),
            Initiator = submission.CreatedBy,
            Variables = new Dictionary<string, JsonElement>
            {
                ["submissionId"] = JsonSerializer.SerializeToElement(submission.Id),
                ["department"] = JsonSerializer.SerializeToElement(submission.DepartmentCode),
            },
        }, ct);
        submission.WorkflowInstanceId = result.InstanceId;
        audit.Record(actor.UserName, "submission.submit", $"submission:{submission.Number}", $"instance={result.InstanceId}");
        await SaveAsync(ct);
    }

    private static void Apply(Submission s, SubmissionInput input, IEnumerable<(string Village, string Township, string District)> villages, FieldDictionary dictionary)
    {
        var r = input.Request;
        s.DepartmentCode = r.DepartmentCode;
        s.Title = r.Title.Trim();
        s.Description = r.Description.Trim();
        s.LegalBasis = r.LegalBasis?.Trim();
        s.ClaimedItemCodes = Submission.Codes(r.ClaimedItemCodes);
        s.TargetOrgUnitCodes = Submission.Codes(r.TargetOrgUnitCodes);
        s.CollectedFields = dictionary.Normalise(r.CollectedFields);
        s.ReusesSubmissionId = r.ReusesSubmissionId;
        s.StartDate = r.StartDate;
        s.EndDate = r.EndDate;
        s.Frequency = input.Frequency;
        s.Emergency = r.Emergency;
        s.EmergencyReason = r.EmergencyReason?.Trim();
        (s.FundingYuanPerVillage, s.StaffProvided, s.TrainingProvided, s.EquipmentProvided) =
            (r.Support.FundingYuanPerVillage, r.Support.StaffProvided, r.Support.TrainingProvided, r.Support.EquipmentProvided);
        s.ContactName = input.ContactName.Trim();
        s.ContactPhone = input.ContactPhone.Trim();
        s.Demands.AddRange(r.Demands.Select((d, i) => new SubmissionDemand
        {
            Id = Guid.NewGuid(), SubmissionId = s.Id, Position = i, Kind = d.Kind, Count = d.Count, Period = d.Period,
            Certificate = d.Certificate?.Trim(), Signboard = d.Signboard?.Trim(), Note = d.Note?.Trim(),
        }));
        s.Villages.AddRange(villages.Select(v => new SubmissionVillage { SubmissionId = s.Id, VillageCode = v.Village, TownshipCode = v.Township, DistrictCode = v.District }));
    }

    private static void EnsureOwnDepartment(string departmentCode, Actor actor)
    {
        if (actor.DepartmentCode is null || !string.Equals(actor.DepartmentCode, departmentCode, StringComparison.OrdinalIgnoreCase))
        {
            throw RefusalException.Invalid("departmentCode", "OtherDepartment");
        }
    }

    private Task<Submission?> FindByIdempotencyKeyAsync(string department, string key, CancellationToken ct) =>
        db.Submissions.Include(s => s.Demands).Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.DepartmentCode == department && s.IdempotencyKey == key, ct);

    private static string NewNumber(DateTime now) =>
        $"ZR{now:yyyyMMdd}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw RefusalException.Conflict("TaskGone", ex);
        }
    }
}
