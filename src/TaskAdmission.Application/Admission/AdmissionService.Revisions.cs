using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Admission.Revisions;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

public sealed partial class AdmissionService
{
    /// <summary>
    /// After a return, the department sends its submission back with a 修改说明 (required): optionally saving its last
    /// edits first, keeping the result as the next numbered version, and completing the revise step, all in one
    /// transaction. Of two resubmissions of one version (a double click, a retried request) one wins; the other is
    /// refused with <c>AlreadyResubmitted</c> and leaves nothing behind.
    /// </summary>
    public async Task<Submission> ResubmitAsync(Guid id, Actor actor, string? changeNote, SubmissionInput? edited = null, CancellationToken ct = default)
    {
        var problems = ChangeNoteRules.Validate(changeNote);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid([.. problems]);
        }
        var submission = await LoadOwnAsync(id, actor, ct);
        if (submission.Status != SubmissionStatus.Returned || submission.WorkflowInstanceId is not { } instance)
        {
            throw RefusalException.Conflict(await revisions.LatestIsResubmissionAsync(id, ct) ? "AlreadyResubmitted" : "NotEditable");
        }
        var revise = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance }, ct)).Items.FirstOrDefault(t => t.ElementId == "Revise")
            ?? throw RefusalException.Conflict("AlreadyResubmitted");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (edited is not null)
            {
                await UpdateAsync(id, edited, actor, ct);
            }
            var version = await revisions.AddResubmittedAsync(submission, changeNote!, actor.UserName, ct);
            submission.Version++;
            audit.Record(actor.UserName, "submission.resubmit", $"submission:{submission.Number}", $"version={version.Number}; {version.ChangeNote}");
            await engine.CompleteTaskAsync(revise.Id, actor.UserName, null, version.ChangeNote, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is WorkflowConflictException or WorkflowOperationException or DbUpdateException)
        {
            throw RefusalException.Conflict("AlreadyResubmitted", ex);
        }
        catch (RefusalException ex) when (ex.Kind == RefusalKind.Conflict)
        {
            // The edit lost a race with the other resubmission (the row's version moved).
            throw RefusalException.Conflict("AlreadyResubmitted", ex);
        }
        await tx.CommitAsync(ct);
        return submission;
    }

    /// <summary>
    /// The numbered versions of a submission, oldest first, for whoever may see the submission itself (a township or
    /// district reviewer in its area, the department); NotFound for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionVersion>> VersionsAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (!await (await VisibleAsync(actor, ct)).AnyAsync(s => s.Id == id, ct))
        {
            throw RefusalException.NotFound();
        }
        return await db.SubmissionVersions.AsNoTracking().Where(v => v.SubmissionId == id).OrderBy(v => v.Number).ToListAsync(ct);
    }
}
