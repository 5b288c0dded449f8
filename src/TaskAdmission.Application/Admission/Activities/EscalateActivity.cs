using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Activities;

/// <summary>
/// AdmissionEscalate: a review (township, joint or post-hoc) is overdue; the reviewers were reminded by the timer, and the
/// district is told — its joint-review members and its supervisors get an in-app notification in the same step, and
/// the outbox carries it to the external channels.
/// </summary>
public sealed class EscalateActivity(AppDbContext db, ChinaClock clock, Notifier notifier) : AdmissionActivityBase(db, clock)
{
    public const string Type = "AdmissionEscalate";

    protected override Task RunAsync(Submission submission, ServiceActivityContext context, CancellationToken ct)
    {
        var link = $"/admission/submissions/{submission.Id}";
        foreach (var district in Villages(submission).Select(v => v.DistrictCode).Distinct())
        {
            context.EnqueueOutbox("ReviewOverdue", new { submissionId = submission.Id, submission.Number, district, step = context.ElementId });
            notifier.Add(NotificationAudience.JointReview(district), NotificationKind.TaskEscalated, $"{submission.Number} {submission.Title}", link);
            notifier.Add(NotificationAudience.Supervisor(district), NotificationKind.TaskEscalated, $"{submission.Number} {submission.Title}", link);
        }
        return Task.CompletedTask;
    }
}
