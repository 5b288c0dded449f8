using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

public sealed partial class AdmissionService
{
    private static readonly Dictionary<DecisionKind, string> Outcomes = new()
    {
        [DecisionKind.Admit] = "approve",
        [DecisionKind.Return] = "return",
        [DecisionKind.Reject] = "reject",
        [DecisionKind.SpecialAdmission] = "approve",
        [DecisionKind.PurchaseOfService] = "purchase",
        [DecisionKind.PostReviewConfirmed] = "approve",
        [DecisionKind.PostReviewRevoked] = "reject",
    };

    /// <summary>Which decisions each review step takes.</summary>
    public static readonly IReadOnlyDictionary<string, DecisionKind[]> StepDecisions = new Dictionary<string, DecisionKind[]>
    {
        ["TownshipReview"] = [DecisionKind.Admit, DecisionKind.Return, DecisionKind.Reject],
        ["JointReview"] = [DecisionKind.SpecialAdmission, DecisionKind.PurchaseOfService, DecisionKind.Reject],
        ["PostReview"] = [DecisionKind.PostReviewConfirmed, DecisionKind.PostReviewRevoked],
    };

    /// <summary>Open review tasks for the actor: by township scope, or assigned by name for joint review.</summary>
    public async Task<IReadOnlyList<UserTaskRecord>> ReviewTasksAsync(Actor actor, CancellationToken ct = default)
    {
        var query = actor.Role == AppRoles.JointReviewer
            ? new TaskQuery { Assignee = actor.UserName, Take = 200 }
            : new TaskQuery { CandidateRoles = [actor.Role], CandidateScopes = [actor.OrgUnitCode ?? "-"], Take = 200 };
        return (await engine.QueryTasksAsync(query, ct)).Items;
    }

    /// <summary>
    /// Records a reviewer's decision and completes the review task, in one transaction. The loser of two
    /// simultaneous decisions on one task gets a conflict and nothing of theirs is stored.
    /// </summary>
    public async Task<Decision> DecideAsync(Guid taskId, DecisionKind kind, string reason, Actor actor,
        string? conditions = null, DateOnly? validUntil = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Submission.ReasonMax)
        {
            throw RefusalException.Invalid("reason", "ReasonRequired");
        }
        CheckDecisionText(reason, conditions, validUntil);
        var task = await store.GetTaskAsync(taskId, ct);
        if (task is null || !MayAct(task, actor) || !StepDecisions.TryGetValue(task.ElementId, out var allowed) || !allowed.Contains(kind))
        {
            throw RefusalException.NotFound();
        }
        if (task.Status != UserTaskStatus.Open)
        {
            throw RefusalException.Conflict("TaskGone");
        }
        var submissionId = Guid.TryParse(task.BusinessKey, out var parsed) ? parsed : throw RefusalException.NotFound();
        var submission = await db.Submissions.Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.Id == submissionId, ct) ?? throw RefusalException.NotFound();
        if (task.ElementId == "JointReview" && kind is (DecisionKind.SpecialAdmission or DecisionKind.PurchaseOfService) && StillBlocked(submission))
        {
            throw RefusalException.Conflict("PrecheckStillBlocks");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var decision = AddDecision(submission, kind, task.CandidateScope ?? actor.OrgUnitCode ?? "", actor.UserName, reason.Trim(), taskId);
        decision.Conditions = conditions?.Trim();
        decision.ValidUntil = validUntil;
        audit.RecordDecision(decision, submission.Number);
        try
        {
            await engine.CompleteTaskAsync(taskId, actor.UserName,
                new Dictionary<string, JsonElement> { ["outcome"] = JsonSerializer.SerializeToElement(Outcomes[kind]) }, reason, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is WorkflowConflictException or DbUpdateException or WorkflowOperationException || LostRace.Is(ex))
        {
            // Two approvers at once: PostgreSQL may break their lock wait as a deadlock; the one it aborts lost the race.
            throw RefusalException.Conflict("TaskGone", ex);
        }
        await tx.CommitAsync(ct);
        return decision;
    }

    /// <summary>The department reminds (催办) the reviewers of its submission's open tasks.</summary>
    public async Task<int> RemindAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var submission = await LoadOwnAsync(id, actor, ct);
        if (submission.WorkflowInstanceId is not { } instance)
        {
            return 0;
        }
        var open = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance, Take = 500 }, ct)).Items;
        foreach (var task in open)
        {
            await engine.RemindAsync(task.Id, actor.UserName, null, ct);
        }
        audit.Record(actor.UserName, "submission.remind", $"submission:{submission.Number}", $"{open.Count} tasks");
        await db.SaveChangesAsync(ct);
        return open.Count;
    }

    /// <summary>A decision is stored as given: its texts are bounded and plain, its end date a real one, whatever its kind.</summary>
    private void CheckDecisionText(string reason, string? conditions, DateOnly? validUntil)
    {
        var problems = new List<IProblem>();
        if (!PlainText.IsClean(reason, multiLine: true))
        {
            problems.Add(new FieldProblem("reason", "ControlCharacters"));
        }
        if (conditions?.Length > Submission.ReasonMax)
        {
            problems.Add(new FieldProblem("conditions", "TooLong", Submission.ReasonMax));
        }
        else if (!PlainText.IsClean(conditions, multiLine: true))
        {
            problems.Add(new FieldProblem("conditions", "ControlCharacters"));
        }
        if (validUntil is { } until && (until < Today || until.Year > 2100))
        {
            problems.Add(new FieldProblem("validUntil", "DateRange", Today.ToString("yyyy-MM-dd"), "2100-12-31"));
        }
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
    }

    /// <summary>
    /// Whether the stored pre-check still holds a blocking finding. Any block is a machine refusal, except for a submission
    /// reopened on appeal (its route is forced to the joint review): there the joint review may only reject, so an appeal
    /// the office did not overrule in full, or a block the re-check found anew, never becomes an admission.
    /// </summary>
    private static bool StillBlocked(Submission submission) =>
        StoredPrecheck.Read(submission.PrecheckJson)?.Zh.Findings.Any(f => f.Severity == FindingSeverity.Block) == true;

    private static bool MayAct(UserTaskRecord task, Actor actor) =>
        task.Assignee is not null
            ? task.Assignee == actor.UserName
            : task.CandidateRoles.Contains(actor.Role) && task.CandidateScope == actor.OrgUnitCode;

    private Decision AddDecision(Submission submission, DecisionKind kind, string orgUnit, string by, string reason, Guid? taskId)
    {
        var decision = Decision.Record(submission, kind, orgUnit, by, reason, clock.UtcNow, taskId);
        db.Decisions.Add(decision);
        return decision;
    }
}
