using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>AdmissionPrecheckRejected: the machine check blocked the task; the refusal names every blocking finding.</summary>
public sealed class PrecheckRejectedActivity(AppDbContext db, ChinaClock clock, Notifier notifier, VillageInboxCache inbox) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionPrecheckRejected";

    /// <summary>Run by a submitting command on the rows it wrote (<see cref="AdmissionActivityBase.HoldWritten"/>), the step evicts through it.</summary>
    protected override VillageInboxCache Inbox => inbox;

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var stored = StoredPrecheck.Read(submission.PrecheckJson);
        var reasons = stored?.Zh.Findings.Where(f => f.Severity == FindingSeverity.Block).Select(f => $"[{f.Rule}] {f.Message}") ?? [];
        submission.MoveTo(SubmissionStatus.Rejected);
        // The refusal's district is the one an appeal goes to (PrecheckAppealService): the first in code order, as the
        // joint review routes (PrecheckActivity), whatever order the rows came in.
        var district = FirstDistrict(submission);
        SystemDecision(submission, DecisionKind.Reject, district, "system:precheck", string.Join("\n", reasons));
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.SubmissionDecided, submission.Title);
        return Task.CompletedTask;
    }
}
