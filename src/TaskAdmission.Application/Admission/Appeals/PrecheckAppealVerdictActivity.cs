using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>
/// PrecheckAppealVerdict: carries out the joint-review office's verdict on an appeal. Upheld: the refusal stands and the
/// department is told. Overruled: the submission moves from Rejected back to InReview and a new task_admission instance
/// starts with <c>appealId</c> set, whose pre-check keeps the overruled findings as non-blocking (人工复核已撤销) and
/// routes to the joint review (<see cref="Activities.PrecheckActivity"/>); the department is told.
/// </summary>
public sealed class PrecheckAppealVerdictActivity(AppDbContext db, WorkflowEngine engine, Notifier notifier, AuditLog audit) : IServiceActivity
{
    public const string Type = "PrecheckAppealVerdict";

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(context.BusinessKey, out var parsed) ? parsed
            : throw new InvalidOperationException($"instance {context.InstanceId} has no appeal business key");
        var appeal = await db.PrecheckAppeals.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"appeal {id} not found for instance {context.InstanceId}");
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == appeal.SubmissionId, cancellationToken)
            ?? throw new InvalidOperationException($"submission {appeal.SubmissionId} of appeal {id} not found");
        var link = $"/admission/submissions/{submission.Id}";
        notifier.Add(NotificationAudience.Department(submission.DepartmentCode), NotificationKind.SubmissionDecided, submission.Title, link);
        if (appeal.Status != AppealStatus.Overruled || submission.Status != SubmissionStatus.Rejected)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        // Back to people: the content is the one refused, frozen; the joint review decides it.
        submission.MoveTo(SubmissionStatus.InReview);
        submission.Version++;
        audit.Record("system:appeal", "submission.reopen", $"submission:{submission.Number}", $"appeal {appeal.Id} overruled by {appeal.DecidedBy}");
        await db.SaveChangesAsync(cancellationToken);
        var started = await engine.StartAsync(new StartInstanceRequest
        {
            ProcessId = AdmissionService.ProcessId,
            BusinessKey = submission.Id.ToString(),
            Initiator = appeal.AppealedBy,
            Variables = new Dictionary<string, JsonElement>
            {
                ["submissionId"] = JsonSerializer.SerializeToElement(submission.Id),
                ["department"] = JsonSerializer.SerializeToElement(submission.DepartmentCode),
                ["appealId"] = JsonSerializer.SerializeToElement(appeal.Id),
            },
        }, cancellationToken);
        submission.WorkflowInstanceId = started.InstanceId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
