using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionApplyPostReview: villages of townships whose post-hoc review revoked the emergency admission leave it;
/// their open assignments are cancelled and the villages told.
/// </summary>
public sealed class ApplyPostReviewActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher, VillageInboxCache inbox) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionApplyPostReview";

    private readonly List<string> left = [];

    /// <summary>
    /// The post-hoc review reads the submission's village rows without tracking them
    /// (<see cref="AdmissionActivityBase.VillagesUntracked"/>): the revoked townships' flags are cleared with one UPDATE,
    /// and a revocation of every township (the task revoked) evicts the villages admitted before it.
    /// </summary>
    protected override bool VillagesUntracked(ServiceActivityContext context) => true;

    protected override VillageInboxCache Inbox => inbox;

    protected override async Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        left.Clear();
        var revoking = Outcomes(context, "postReviewResult").Where(o => o.Outcome == "reject").Select(o => o.Element).ToHashSet(StringComparer.Ordinal);
        left.AddRange(Villages(submission).Where(v => revoking.Contains(v.TownshipCode) && v.Admitted).Select(v => v.VillageCode));
        await SetAdmittedAsync(submission, revoking, false, inbox, ct);
        if (Villages(submission).All(v => !v.Admitted))
        {
            submission.MoveTo(SubmissionStatus.Revoked);
        }
    }

    protected override async Task AfterSaveAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        if (left.Count > 0)
        {
            var reason = string.Join("\n", submission.Decisions.Where(d => d.Kind == DecisionKind.PostReviewRevoked).Select(d => d.Reason).Distinct());
            await dispatcher.CancelAsync(submission, left, reason, NotificationKind.Revoked, ct);
        }
    }
}
