using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission;

public sealed partial class AdmissionService
{
    private static readonly SubmissionStatus[] AdmittedStatuses =
        [SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted, SubmissionStatus.EmergencyAdmitted];

    /// <summary>A review task the actor may act on (open or already closed), or null: not theirs, or not a review step.</summary>
    public async Task<UserTaskRecord?> GetReviewTaskAsync(Guid taskId, Actor actor, CancellationToken ct = default)
    {
        var task = await store.GetTaskAsync(taskId, ct);
        return task is not null && StepDecisions.ContainsKey(task.ElementId) && MayAct(task, actor) ? task : null;
    }

    /// <summary>The actor's open review tasks, each with its submission (one query for all of them).</summary>
    public async Task<List<ReviewItem>> ListReviewTasksAsync(Actor actor, CancellationToken ct = default)
    {
        var tasks = await ReviewTasksAsync(actor, ct);
        var ids = tasks.Select(t => Guid.TryParse(t.BusinessKey, out var id) ? id : Guid.Empty).Distinct().ToList();
        var submissions = await (await VisibleAsync(actor, ct)).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return tasks.Select(t => new ReviewItem(t, Guid.TryParse(t.BusinessKey, out var id) ? submissions.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>
    /// The current burden of villages: how many admitted submissions still running (end date not past) each village
    /// carries. Villages without any are absent from the answer.
    /// </summary>
    public async Task<Dictionary<string, int>> AdmittedWorkCountsAsync(IReadOnlyCollection<string> villageCodes, CancellationToken ct = default)
    {
        var today = Today;
        var codes = villageCodes.ToList();
        return await db.SubmissionVillages.AsNoTracking()
            .Where(v => v.Admitted && codes.Contains(v.VillageCode)
                && db.Submissions.Any(s => s.Id == v.SubmissionId && AdmittedStatuses.Contains(s.Status) && s.EndDate >= today))
            .GroupBy(v => v.VillageCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>The workflow's user tasks of a submission's instance, open and closed (for the journal's township names).</summary>
    public async Task<IReadOnlyList<UserTaskRecord>> InstanceTasksAsync(Guid instanceId, CancellationToken ct = default) =>
        (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, IncludeClosed = true, Take = 500 }, ct)).Items;

    /// <summary>The workflow journal of a submission's instance, oldest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken ct = default) =>
        engine.GetJournalAsync(instanceId, ct);
}
