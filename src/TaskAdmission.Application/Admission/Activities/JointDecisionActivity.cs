using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionJointDecision: the countersign's result, by the district's ratio (<see cref="AdmissionOptions.JointReviewRatio"/>,
/// default all members): enough members for special admission admit specially (the strictest conditions: every approving
/// member's conditions, the earliest validity end); so many rejections that the ratio cannot be reached reject; otherwise
/// the work is needed but must be bought as a service.
/// </summary>
public sealed class JointDecisionActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher, Notifier notifier, PurchaseCaseService purchases, VillageInboxCache inbox) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionJointDecision";

    /// <summary>The countersign's result from the members' votes and the district's ratio.</summary>
    private enum Verdict { SpecialAdmission, Reject, PurchaseOfService }

    private static Verdict Decide(ServiceActivityContext context)
    {
        var votes = Outcomes(context, "jointResult");
        // The district's ratio (1 = all members): enough approvals admit specially; so many rejections that the ratio can no
        // longer be reached reject; otherwise the work is needed but bought as a service. With 1 this is "any rejection
        // rejects, all approving admit".
        var ratio = context.GetVariable("jointRatio") is { ValueKind: System.Text.Json.JsonValueKind.Number } r ? r.GetDouble() : 1.0;
        var members = context.GetVariable("jointResult") is { } result && result.TryGetProperty("nrOfInstances", out var n) ? Math.Max(1, n.GetInt32()) : Math.Max(1, votes.Count);
        var approved = votes.Count(v => v.Outcome == "approve");
        var rejected = votes.Count(v => v.Outcome == "reject");
        return votes.Count > 0 && approved >= ratio * members - 1e-9 ? Verdict.SpecialAdmission
            : votes.Count == 0 || rejected > (1 - ratio) * members + 1e-9 ? Verdict.Reject
            : Verdict.PurchaseOfService;
    }

    /// <summary>
    /// A special admission or a rejection reads the submission's village rows without tracking them
    /// (<see cref="AdmissionActivityBase.VillagesUntracked"/>: a joint decision on a city-wide task kept its 10,000 rows
    /// tracked, ≈ 8 MiB); a purchase of service keeps them tracked, since the case it starts
    /// (<see cref="PurchaseCaseService.StartFromReviewAsync"/>) copies the submission's villages.
    /// </summary>
    protected override bool VillagesUntracked(ServiceActivityContext context) => Decide(context) != Verdict.PurchaseOfService;

    protected override VillageInboxCache Inbox => inbox;

    protected override async Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var votes = Outcomes(context, "jointResult");
        var memberDecisions = submission.Decisions.Where(d => d.WorkflowTaskId is not null && d.Kind is DecisionKind.SpecialAdmission or DecisionKind.PurchaseOfService or DecisionKind.Reject).ToList();
        var district = FirstDistrict(submission);
        var summary = string.Join("; ", votes.Select(v => $"{v.By}: {v.Outcome}"));
        switch (Decide(context))
        {
            case Verdict.SpecialAdmission:
                await SetAdmittedAsync(submission, null, true, inbox, ct);
                submission.MoveTo(SubmissionStatus.SpecialAdmitted);
                var approving = memberDecisions.Where(d => d.Kind == DecisionKind.SpecialAdmission).ToList();
                var conditions = string.Join("\n", approving.Select(d => d.Conditions).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct());
                var validUntil = approving.Where(d => d.ValidUntil is not null).Select(d => d.ValidUntil).Min() ?? submission.EndDate;
                SystemDecision(submission, DecisionKind.SpecialAdmission, district, "joint-review", summary, conditions.Length == 0 ? null : conditions, validUntil);
                break;
            case Verdict.Reject:
                submission.MoveTo(SubmissionStatus.Rejected);
                SystemDecision(submission, DecisionKind.Reject, district, "joint-review", summary);
                break;
            default:
                submission.MoveTo(SubmissionStatus.PurchaseOfService);
                SystemDecision(submission, DecisionKind.PurchaseOfService, district, "joint-review", summary);
                break;
        }
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.SubmissionDecided, submission.Title);
    }

    /// <summary>Dispatches specially admitted work; a purchase decision starts its purchase case (service-purchase.bpmn) in the same transaction.</summary>
    protected override async Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        if (submission.Status == SubmissionStatus.PurchaseOfService)
        {
            await purchases.StartFromReviewAsync(submission, ct);
            return;
        }
        await dispatcher.DispatchAsync(submission, Villages(submission), ct);
    }
}
