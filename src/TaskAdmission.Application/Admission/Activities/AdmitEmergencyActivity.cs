using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>AdmissionAdmitEmergency: a valid emergency is admitted at once for every village; townships review it afterwards.</summary>
public sealed class AdmitEmergencyActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher, Notifier notifier, VillageInboxCache inbox) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionAdmitEmergency";

    /// <summary>
    /// The emergency's village rows are read without tracking when the submitting command does not hold them already
    /// (<see cref="AdmissionActivityBase.VillagesUntracked"/>): every village of the task is admitted at once.
    /// </summary>
    protected override bool VillagesUntracked(ServiceActivityContext context) => true;

    protected override VillageInboxCache Inbox => inbox;

    protected override async Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        await SetAdmittedAsync(submission, null, true, inbox, ct);
        submission.MoveTo(SubmissionStatus.EmergencyAdmitted);
        SystemDecision(submission, DecisionKind.EmergencyAdmission, FirstDistrict(submission), "system:emergency", submission.EmergencyReason ?? "");
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.SubmissionDecided, submission.Title);
    }

    protected override Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct) =>
        dispatcher.DispatchAsync(submission, Villages(submission), ct);
}
