using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionApplyTownshipDecisions: admits the villages of townships that admitted, keeps rejections, and sends the
/// task back to the department when any township returned it (only those townships review the revision).
/// </summary>
public sealed class ApplyTownshipDecisionsActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher, Notifier notifier, RevisionLog revisions, VillageInboxCache inbox)
    : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionApplyTownshipDecisions";

    /// <summary>
    /// A round that no township returned reads the submission's village rows without tracking them (1,000 for a township:
    /// <see cref="AdmissionActivityBase.VillagesUntracked"/>); a return keeps them tracked, since the version it keeps
    /// (<see cref="RevisionLog.KeepReturnedAsync"/>) lists the submission's villages.
    /// </summary>
    protected override bool VillagesUntracked(ServiceActivityContext context) =>
        !Outcomes(context, "townshipResult").Any(o => o.Outcome == "return");

    protected override VillageInboxCache Inbox => inbox;

    protected override async Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var outcomes = Outcomes(context, "townshipResult");
        var returned = outcomes.Where(o => o.Outcome == "return").Select(o => o.Element).ToList();
        await SetAdmittedAsync(submission, outcomes.Where(o => o.Outcome == "approve").Select(o => o.Element).ToHashSet(StringComparer.Ordinal), true, inbox, ct);
        context.SetVariable("returned", returned.Count > 0);
        context.SetVariable("pendingTownships", returned);
        submission.MoveTo(returned.Count > 0 ? SubmissionStatus.Returned : FromVillages(submission, SubmissionStatus.Rejected));
        if (returned.Count > 0)
        {
            // The department edits a returned submission in place: keep what the townships returned, to compare with later.
            await revisions.KeepReturnedAsync(submission, ct);
        }
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode),
            returned.Count > 0 ? NotificationKind.SubmissionReturned : NotificationKind.SubmissionDecided, submission.Title);
    }

    /// <summary>
    /// Villages are dispatched once the round is decided; after a return, townships that admitted wait for the
    /// revision's outcome (the submission is not in an admitted status meanwhile, so villages would not see it).
    /// </summary>
    protected override Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct) =>
        dispatcher.DispatchAsync(submission, Villages(submission), ct);
}
