using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Data.Admission.Activities;

/// <summary>AdmissionAdmitEmergency: a valid emergency is admitted at once for every village; townships review it afterwards.</summary>
public sealed class AdmitEmergencyActivity(AppDbContext db, TimeProvider clock) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionAdmitEmergency";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        foreach (var village in submission.Villages)
        {
            village.Admitted = true;
        }
        submission.Status = SubmissionStatus.EmergencyAdmitted;
        SystemDecision(submission, DecisionKind.EmergencyAdmission, submission.Villages.FirstOrDefault()?.DistrictCode ?? "", "system:emergency", submission.EmergencyReason ?? "");
        context.EnqueueOutbox("SubmissionDecided", new { submissionId = submission.Id, submission.DepartmentCode, status = submission.Status.ToString() });
        return Task.CompletedTask;
    }
}
