using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Data.Admission.Activities;

/// <summary>AdmissionApplyPostReview: villages of townships whose post-hoc review revoked the emergency admission leave it.</summary>
public sealed class ApplyPostReviewActivity(AppDbContext db, TimeProvider clock) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionApplyPostReview";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        foreach (var (township, outcome, _) in Outcomes(context, "postReviewResult").Where(o => o.Outcome == "reject"))
        {
            foreach (var village in submission.Villages.Where(v => v.TownshipCode == township))
            {
                village.Admitted = false;
            }
        }
        if (submission.Villages.All(v => !v.Admitted))
        {
            submission.Status = SubmissionStatus.Revoked;
        }
        return Task.CompletedTask;
    }
}
