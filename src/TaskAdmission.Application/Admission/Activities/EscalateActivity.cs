using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>AdmissionEscalate: a township review is overdue; the district is told (the reviewers were reminded by the timer).</summary>
public sealed class EscalateActivity(AppDbContext db, ChinaClock clock) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionEscalate";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        foreach (var district in submission.Villages.Select(v => v.DistrictCode).Distinct())
        {
            context.EnqueueOutbox("ReviewOverdue", new { submissionId = submission.Id, submission.Number, district });
        }
        return Task.CompletedTask;
    }
}
