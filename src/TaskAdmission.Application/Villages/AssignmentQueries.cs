using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>Turns an assignment query into views with department, decision and exit state, in one round trip.</summary>
internal static class AssignmentQueries
{
    public static async Task<List<AssignmentView>> ViewsAsync(AppDbContext db, IQueryable<Assignment> assignments, CancellationToken ct)
    {
        // Only the columns a view needs: the inbox runs this on every request.
        var rows = await (
            from a in assignments.AsNoTracking()
            join d in db.Decisions on a.DecisionId equals d.Id
            join s in db.Submissions on a.SubmissionId equals s.Id
            join dep in db.Departments on a.DepartmentCode equals dep.Code into deps
            from dep in deps.DefaultIfEmpty()
            join u in db.OrgUnits on d.OrgUnitCode equals u.Code into units
            from u in units.DefaultIfEmpty()
            select new
            {
                a.Id, a.SubmissionId, a.VillageCode, a.Title, a.DepartmentCode, a.DemandsJson, a.ListItemsJson, a.StartDate, a.DueDate, a.EndDate,
                a.Emergency, a.FundingYuan, a.FundingState, a.TrainingState, a.StaffState, a.EquipmentState, a.Status, a.DispatchedAtUtc,
                a.AcknowledgedAtUtc, a.CompletedAtUtc,
                Decision = d, s.Number,
                DepZh = dep == null ? null : dep.NameZh,
                DepEn = dep == null ? null : dep.NameEn,
                UnitZh = u == null ? null : u.NameZh,
                UnitEn = u == null ? null : u.NameEn,
                ExitPending = db.ExitRequests.Any(e => e.AssignmentId == a.Id && e.Status == ExitRequestStatus.Pending),
            }).ToListAsync(ct);
        // The decision each assignment rests on, checked against its audit entry (one more query, whatever the count).
        var checks = await new DecisionIntegrityService(db).CheckAsync([.. rows.DistinctBy(r => r.Decision.Id).Select(r => (r.Number, r.Decision))], ct);
        return rows.Select(r => new AssignmentView(
            r.Id, r.SubmissionId, r.VillageCode, r.Title, r.DepartmentCode, r.DepZh ?? r.DepartmentCode, r.DepEn ?? r.DepartmentCode,
            AssignmentDemands.Parse(r.DemandsJson), AssignmentListItems.Parse(r.ListItemsJson),
            new DecisionView(r.Decision.Kind, r.Decision.OrgUnitCode, r.UnitZh ?? r.Decision.OrgUnitCode, r.UnitEn ?? r.Decision.OrgUnitCode,
                r.Decision.DecidedAtUtc, ReasonForPeople(r.Decision), r.Decision.Conditions, r.Decision.ValidUntil, checks[r.Decision.Id]),
            r.StartDate, r.DueDate, r.EndDate, r.Emergency,
            new SupportView(r.FundingYuan, r.FundingState, r.TrainingState, r.StaffState, r.EquipmentState),
            r.Status, r.DispatchedAtUtc, r.AcknowledgedAtUtc, r.CompletedAtUtc, r.ExitPending)).ToList();
    }

    /// <summary>
    /// A decision's reason as a village may read it. Two decisions the workflow records itself carry a machine summary
    /// for the audit trail, not for people: the joint review's tally ("jointreview: approve", by "joint-review", naming
    /// logins) and the pre-check's rule codes (by "system:precheck"). For those the kind, body and date say what was
    /// decided. Other system decisions keep their reason: an emergency admission's is the department's own words.
    /// </summary>
    internal static string ReasonForPeople(Decision decision) =>
        decision.DecidedBy is "joint-review" or "system:precheck" ? "" : decision.Reason;

    public static IReadOnlyList<DueGroup> GroupByDue(IEnumerable<AssignmentView> views) =>
        views.OrderBy(v => v.DueDate).ThenBy(v => v.Title, StringComparer.Ordinal)
            .GroupBy(v => v.DueDate).Select(g => new DueGroup(g.Key, g.ToList())).ToList();

    public static bool IsRevocationDecision(DecisionKind kind) => kind is DecisionKind.Revoked or DecisionKind.PostReviewRevoked;
}
