using TaskAdmission.Application.Persistence;
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
public sealed class ApplyPostReviewActivity(AppDbContext db, ChinaClock clock, DispatchService dispatcher) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionApplyPostReview";

    private readonly List<string> left = [];

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        left.Clear();
        foreach (var (township, outcome, _) in Outcomes(context, "postReviewResult").Where(o => o.Outcome == "reject"))
        {
            foreach (var village in submission.Villages.Where(v => v.TownshipCode == township && v.Admitted))
            {
                village.Admitted = false;
                left.Add(village.VillageCode);
            }
        }
        if (submission.Villages.All(v => !v.Admitted))
        {
            submission.MoveTo(SubmissionStatus.Revoked);
        }
        return Task.CompletedTask;
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
