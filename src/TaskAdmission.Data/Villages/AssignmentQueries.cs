using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Data.Villages;

/// <summary>Turns an assignment query into views with department, decision and exit state, in one round trip.</summary>
internal static class AssignmentQueries
{
    public static async Task<List<AssignmentView>> ViewsAsync(AppDbContext db, IQueryable<Assignment> assignments, CancellationToken ct)
    {
        var rows = await (
            from a in assignments.AsNoTracking()
            join d in db.Decisions on a.DecisionId equals d.Id
            join dep in db.Departments on a.DepartmentCode equals dep.Code into deps
            from dep in deps.DefaultIfEmpty()
            join u in db.OrgUnits on d.OrgUnitCode equals u.Code into units
            from u in units.DefaultIfEmpty()
            select new
            {
                A = a,
                D = new { d.Kind, d.OrgUnitCode, d.DecidedAtUtc, d.Reason, d.Conditions, d.ValidUntil },
                DepZh = dep == null ? null : dep.NameZh,
                DepEn = dep == null ? null : dep.NameEn,
                UnitZh = u == null ? null : u.NameZh,
                UnitEn = u == null ? null : u.NameEn,
                ExitPending = db.ExitRequests.Any(e => e.AssignmentId == a.Id && e.Status == ExitRequestStatus.Pending),
            }).ToListAsync(ct);
        return rows.Select(r => new AssignmentView(
            r.A.Id, r.A.SubmissionId, r.A.VillageCode, r.A.Title, r.A.DepartmentCode, r.DepZh ?? r.A.DepartmentCode, r.DepEn ?? r.A.DepartmentCode,
            AssignmentDemands.Parse(r.A.DemandsJson), AssignmentListItems.Parse(r.A.ListItemsJson),
            new DecisionView(r.D.Kind, r.D.OrgUnitCode, r.UnitZh ?? r.D.OrgUnitCode, r.UnitEn ?? r.D.OrgUnitCode, r.D.DecidedAtUtc, r.D.Reason, r.D.Conditions, r.D.ValidUntil),
            r.A.StartDate, r.A.DueDate, r.A.EndDate, r.A.Emergency,
            new SupportView(r.A.FundingYuan, r.A.FundingState, r.A.TrainingState, r.A.StaffState, r.A.EquipmentState),
            r.A.Status, r.A.DispatchedAtUtc, r.A.AcknowledgedAtUtc, r.A.CompletedAtUtc, r.ExitPending)).ToList();
    }

    public static IReadOnlyList<DueGroup> GroupByDue(IEnumerable<AssignmentView> views) =>
        views.OrderBy(v => v.DueDate).ThenBy(v => v.Title, StringComparer.Ordinal)
            .GroupBy(v => v.DueDate).Select(g => new DueGroup(g.Key, g.ToList())).ToList();

    public static bool IsRevocationDecision(DecisionKind kind) => kind is DecisionKind.Revoked or DecisionKind.PostReviewRevoked;
}
