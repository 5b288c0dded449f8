using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Data.Admission.Activities;

/// <summary>
/// AdmissionApplyTownshipDecisions: admits the villages of townships that admitted, keeps rejections, and sends the
/// task back to the department when any township returned it (only those townships review the revision).
/// </summary>
public sealed class ApplyTownshipDecisionsActivity(AppDbContext db, TimeProvider clock) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionApplyTownshipDecisions";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var outcomes = Outcomes(context, "townshipResult");
        var returned = new List<string>();
        foreach (var (township, outcome, _) in outcomes)
        {
            if (outcome == "approve")
            {
                foreach (var village in submission.Villages.Where(v => v.TownshipCode == township))
                {
                    village.Admitted = true;
                }
            }
            else if (outcome == "return")
            {
                returned.Add(township);
            }
        }
        context.SetVariable("returned", returned.Count > 0);
        context.SetVariable("pendingTownships", returned);
        submission.Status = returned.Count > 0 ? SubmissionStatus.Returned : FromVillages(submission, SubmissionStatus.Rejected);
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        return Task.CompletedTask;
    }
}
