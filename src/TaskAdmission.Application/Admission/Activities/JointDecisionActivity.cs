using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionJointDecision: the countersign's result. Any member rejecting rejects; all members for special admission
/// admit specially (the strictest conditions: every member's conditions, the earliest validity end); otherwise the
/// work is needed but must be bought as a service.
/// </summary>
public sealed class JointDecisionActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher, Notifier notifier) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionJointDecision";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var votes = Outcomes(context, "jointResult");
        var memberDecisions = submission.Decisions.Where(d => d.WorkflowTaskId is not null && d.Kind is DecisionKind.SpecialAdmission or DecisionKind.PurchaseOfService or DecisionKind.Reject).ToList();
        var district = submission.Villages.FirstOrDefault()?.DistrictCode ?? "";
        var summary = string.Join("; ", votes.Select(v => $"{v.By}: {v.Outcome}"));
        if (votes.Count == 0 || votes.Any(v => v.Outcome == "reject"))
        {
            submission.MoveTo(SubmissionStatus.Rejected);
            SystemDecision(submission, DecisionKind.Reject, district, "joint-review", summary);
        }
        else if (votes.All(v => v.Outcome == "approve"))
        {
            foreach (var village in submission.Villages)
            {
                village.Admitted = true;
            }
            submission.MoveTo(SubmissionStatus.SpecialAdmitted);
            var conditions = string.Join("\n", memberDecisions.Select(d => d.Conditions).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct());
            var validUntil = memberDecisions.Where(d => d.ValidUntil is not null).Select(d => d.ValidUntil).Min() ?? submission.EndDate;
            SystemDecision(submission, DecisionKind.SpecialAdmission, district, "joint-review", summary, conditions.Length == 0 ? null : conditions, validUntil);
        }
        else
        {
            submission.MoveTo(SubmissionStatus.PurchaseOfService);
            SystemDecision(submission, DecisionKind.PurchaseOfService, district, "joint-review", summary);
        }
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.SubmissionDecided, submission.Title);
        return Task.CompletedTask;
    }

    protected override Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct) =>
        dispatcher.DispatchAsync(submission, ct);
}
