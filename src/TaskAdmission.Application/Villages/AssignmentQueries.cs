using Microsoft.EntityFrameworkCore;
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
            join dep in db.Departments on a.DepartmentCode equals dep.Code into deps
            from dep in deps.DefaultIfEmpty()
            join u in db.OrgUnits on d.OrgUnitCode equals u.Code into units
            from u in units.DefaultIfEmpty()
            select new
            {
                a.Id, a.SubmissionId, a.VillageCode, a.Title, a.DepartmentCode, a.DemandsJson, a.ListItemsJson, a.StartDate, a.DueDate, a.EndDate,
                a.Emergency, a.FundingYuan, a.FundingState, a.TrainingState, a.StaffState, a.EquipmentState, a.Status, a.DispatchedAtUtc,
                a.AcknowledgedAtUtc, a.CompletedAtUtc,
                d.Kind, DecisionOrg = d.OrgUnitCode, d.DecidedAtUtc, d.Reason, d.Conditions, d.ValidUntil,
                DepZh = dep == null ? null : dep.NameZh,
                DepEn = dep == null ? null : dep.NameEn,
                UnitZh = u == null ? null : u.NameZh,
                UnitEn = u == null ? null : u.NameEn,
                ExitPending = db.ExitRequests.Any(e => e.AssignmentId == a.Id && e.Status == ExitRequestStatus.Pending),
            }).ToListAsync(ct);
        return rows.Select(r => new AssignmentView(
            r.Id, r.SubmissionId, r.VillageCode, r.Title, r.DepartmentCode, r.DepZh ?? r.DepartmentCode, r.DepEn ?? r.DepartmentCode,
            AssignmentDemands.Parse(r.DemandsJson), AssignmentListItems.Parse(r.ListItemsJson),
            new DecisionView(r.Kind, r.DecisionOrg, r.UnitZh ?? r.DecisionOrg, r.UnitEn ?? r.DecisionOrg, r.DecidedAtUtc, r.Reason, r.Conditions, r.ValidUntil),
            r.StartDate, r.DueDate, r.EndDate, r.Emergency,
            new SupportView(r.FundingYuan, r.FundingState, r.TrainingState, r.StaffState, r.EquipmentState),
            r.Status, r.DispatchedAtUtc, r.AcknowledgedAtUtc, r.CompletedAtUtc, r.ExitPending)).ToList();
    }

    public static IReadOnlyList<DueGroup> GroupByDue(IEnumerable<AssignmentView> views) =>
        views.OrderBy(v => v.DueDate).ThenBy(v => v.Title, StringComparer.Ordinal)
            .GroupBy(v => v.DueDate).Select(g => new DueGroup(g.Key, g.ToList())).ToList();

    public static bool IsRevocationDecision(DecisionKind kind) => kind is DecisionKind.Revoked or DecisionKind.PostReviewRevoked;
}
