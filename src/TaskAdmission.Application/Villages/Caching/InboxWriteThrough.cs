using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Write-through on dispatch (issue 20, session 34): a dispatch chunk that commits new work for a village whose open
/// inbox is cached updates that entry in memory instead of evicting it, so the village's next read needs no database
/// read. The updated entry is exactly what a read right after the commit would keep, or there is none: anything the
/// chunk cannot build with certainty is evicted as before (<see cref="VillageOptions.InboxWriteThrough"/>).
/// </summary>
/// <remarks>
/// What is updated is the entry's language-neutral snapshot of the open work (<see cref="VillageInboxService.PageRendering"/>),
/// which every miss keeps (the API's and the page's): its views read back, the new assignment's view added — built by
/// the read path's own <see cref="AssignmentQueries.Build"/> from a row the chunk fills from what it wrote (the
/// assignment, its decision and that decision's verdict, the submission's number, the department's and deciding unit's
/// names) — and grouped by the read path's <see cref="AssignmentQueries.GroupByDue"/>. Every rendering made from the
/// open work (the API's JSON, the page's cards, per language) is dropped: the next read derives it from the snapshot,
/// without a read, as it derives the other language today. The recent done list is kept: new work is open, not done.
/// Evicted instead: an entry without a snapshot; one that already shows the assignment (read after the commit); one at
/// <see cref="VillageInboxService.MaxRows"/>; and whenever the entry, the village's stripe, the epoch or the org
/// generation moved since the change was prepared (<see cref="VillageInboxCache"/>'s ticket rule).
/// </remarks>
internal static class InboxWriteThrough
{
    /// <summary>
    /// The new work of one village as a read would show it (<see cref="View"/>), or why it cannot be built
    /// (<see cref="Missing"/>: the village's entry is then evicted); <see cref="JudgedAt"/> when the decision's verdict
    /// shown was judged (the entry is kept no longer than MaxAge after it), <see cref="OrgGeneration"/> the org marker's
    /// generation before the names were read.
    /// </summary>
    public sealed record Addition(AssignmentView? View, string? Missing, long JudgedAt, long OrgGeneration);

    /// <summary>
    /// <paramref name="entry"/> with <paramref name="view"/> added to its open work, or null (and why in
    /// <paramref name="reason"/>) when the result could differ from a read's.
    /// </summary>
    public static OpenInbox? With(OpenInbox entry, AssignmentView view, out string? reason)
    {
        if (entry.Bytes(VillageInboxService.PageRendering) is not { } snapshot)
        {
            reason = "no_snapshot";
            return null;
        }
        var groups = InboxSnapshot.ReadGroups(snapshot);
        var views = new List<AssignmentView>(groups.Sum(g => g.Assignments.Count) + 1);
        foreach (var group in groups)
        {
            foreach (var shown in group.Assignments)
            {
                if (shown.Id == view.Id)
                {
                    reason = "shown";
                    return null;
                }
                views.Add(shown);
            }
        }
        if (views.Count + 1 > VillageInboxService.MaxRows)
        {
            reason = "full";
            return null;
        }
        views.Add(view);
        reason = null;
        return entry.Only(IsDoneList).With(OpenInbox.Of(VillageInboxService.PageRendering, InboxSnapshot.Write(AssignmentQueries.GroupByDue(views))));
    }

    /// <summary>The recent done list's renderings (its snapshot and markup per language): new open work leaves them as they are.</summary>
    private static bool IsDoneList(string key) =>
        key == VillageInboxService.DoneRendering || key.StartsWith(VillageInboxService.DoneRendering + ":", StringComparison.Ordinal);

    /// <summary>
    /// The view a read would build of <paramref name="assignment"/> as just written (open, no exit request), resting on
    /// <paramref name="decision"/> with <paramref name="integrity"/>, with these names (null: no such department or
    /// unit, as the read's outer join gives). Null when a column would not read back as it is held (a amount not at
    /// the column's scale).
    /// </summary>
    internal static AssignmentView? ViewOf(Assignment assignment, TaskAdmission.Core.Admission.Submissions.Decision decision, string number,
        string? departmentZh, string? departmentEn, string? unitNames, DecisionIntegrity integrity)
    {
        if (assignment.FundingYuan.Scale != 2 || assignment.DispatchedAtUtc.Ticks % 10 != 0 || assignment.DispatchedAtUtc.Kind != DateTimeKind.Utc
            || assignment.Status != AssignmentStatus.Open || assignment.AcknowledgedAtUtc is not null || assignment.CompletedAtUtc is not null)
        {
            return null;
        }
        var row = new AssignmentRow
        {
            Id = assignment.Id, SubmissionId = assignment.SubmissionId, VillageCode = assignment.VillageCode, Title = assignment.Title,
            DepartmentCode = assignment.DepartmentCode, DemandsJson = assignment.DemandsJson, ListItemsJson = assignment.ListItemsJson,
            StartDate = assignment.StartDate, DueDate = assignment.DueDate, EndDate = assignment.EndDate, Emergency = assignment.Emergency,
            FundingYuan = assignment.FundingYuan, FundingState = assignment.FundingState, TrainingState = assignment.TrainingState,
            StaffState = assignment.StaffState, EquipmentState = assignment.EquipmentState, Status = assignment.Status,
            DispatchedAtUtc = assignment.DispatchedAtUtc, AcknowledgedAtUtc = null, CompletedAtUtc = null,
            Decision = decision, Number = number, DepZh = departmentZh, DepEn = departmentEn, UnitNames = unitNames, ExitPending = false,
        };
        return AssignmentQueries.Build([row], new Dictionary<Guid, DecisionIntegrity> { [decision.Id] = integrity })[0];
    }
}
