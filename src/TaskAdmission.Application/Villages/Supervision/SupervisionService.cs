using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Villages.Supervision;

/// <summary>
/// Read-only views of dispatched work for a township approver (its villages), a joint reviewer or a supervisor (its
/// district, or the city): submissions, per-village assignments and support, decisions. Not visible = not found.
/// </summary>
public sealed class SupervisionService(AppDbContext db, WorkingCalendar calendar, IOptions<VillageOptions> options, ChinaClock clock)
{
    private static readonly SubmissionStatus[] Dispatchable = [.. AdmittedWork.AdmittedStatuses, SubmissionStatus.Revoked];

    public DateTime SupportCutoffUtc => SupportFlags.CutoffUtc(calendar, clock.Today, options.Value.SupportFlagWorkingDays);

    public async Task<List<AreaSubmission>> SubmissionsAsync(Actor actor, CancellationToken ct = default)
    {
        var area = await AreaAsync(actor, ct);
        if (area is null)
        {
            return [];
        }
        var villages = VillagesIn(area);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => Dispatchable.Contains(s.Status) && villages.Any(v => v.SubmissionId == s.Id))
            .OrderByDescending(s => s.SubmittedAtUtc).Take(300)
            .Select(s => new { s.Id, s.Number, s.Title, s.DepartmentCode, s.Status }).ToListAsync(ct);
        var ids = submissions.Select(s => s.Id).ToList();
        var villageCounts = await villages.Where(v => ids.Contains(v.SubmissionId))
            .GroupBy(v => v.SubmissionId).Select(g => new { Id = g.Key, All = g.Count(), Admitted = g.Count(v => v.Admitted) }).ToListAsync(ct);
        var assignments = AssignmentsIn(area).Where(a => ids.Contains(a.SubmissionId));
        var statusCounts = await assignments.GroupBy(a => new { a.SubmissionId, a.Status })
            .Select(g => new { g.Key.SubmissionId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var flagged = await SupportFlags.Flagged(assignments, SupportCutoffUtc).GroupBy(a => a.SubmissionId)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, ct);
        return submissions.Select(s =>
        {
            var counts = villageCounts.FirstOrDefault(v => v.Id == s.Id);
            int Count(params AssignmentStatus[] statuses) => statusCounts.Where(c => c.SubmissionId == s.Id && statuses.Contains(c.Status)).Sum(c => c.Count);
            var dep = departments.GetValueOrDefault(s.DepartmentCode);
            return new AreaSubmission(s.Id, s.Number, s.Title, s.DepartmentCode, dep?.NameZh ?? s.DepartmentCode, dep?.NameEn ?? s.DepartmentCode, s.Status,
                counts?.All ?? 0, counts?.Admitted ?? 0, Count(AdmittedWork.OpenStatuses), Count(AssignmentStatus.Done), Count(AssignmentStatus.Cancelled),
                flagged.FirstOrDefault(f => f.Id == s.Id)?.Count ?? 0);
        }).ToList();
    }

    public async Task<AreaSubmissionDetail?> SubmissionAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var summary = (await SubmissionsAsync(actor, ct)).FirstOrDefault(s => s.Id == id);
        var area = await AreaAsync(actor, ct);
        if (summary is null || area is null)
        {
            return null;
        }
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Decisions).FirstAsync(s => s.Id == id, ct);
        var cutoff = SupportCutoffUtc;
        var rows = await (from v in VillagesIn(area).Where(v => v.SubmissionId == id)
                          join u in db.OrgUnits on v.VillageCode equals u.Code into units
                          from u in units.DefaultIfEmpty()
                          join a in db.Assignments on new { v.SubmissionId, v.VillageCode } equals new { a.SubmissionId, a.VillageCode } into assigned
                          from a in assigned.DefaultIfEmpty()
                          orderby v.VillageCode
                          select new { V = v, Zh = u == null ? v.VillageCode : u.NameZh, En = u == null ? v.VillageCode : u.NameEn, A = a }).ToListAsync(ct);
        var villages = rows.Select(r => new AreaVillage(r.V.VillageCode, r.Zh, r.En, r.V.TownshipCode, r.V.Admitted, r.A?.Id, r.A?.Status, r.A?.DueDate,
            r.A?.FundingYuan ?? 0, r.A?.FundingState ?? SupportState.NotPromised, r.A?.TrainingState ?? SupportState.NotPromised,
            r.A?.StaffState ?? SupportState.NotPromised, r.A?.EquipmentState ?? SupportState.NotPromised,
            r.A is not null && SupportFlags.IsFlagged(r.A, cutoff), r.A?.CompletedAtUtc, r.A?.CancelReason)).ToList();
        var revocations = await db.Revocations.AsNoTracking().Where(r => r.SubmissionId == id).OrderBy(r => r.RevokedAtUtc).ToListAsync(ct);
        var canRevoke = actor.Role is AppRoles.TownshipApprover or AppRoles.JointReviewer
            && AdmittedWork.IsAdmitted(submission.Status) && villages.Any(v => v.Admitted);
        return new AreaSubmissionDetail(summary, submission.StartDate, submission.EndDate, villages,
            submission.Decisions.OrderBy(d => d.DecidedAtUtc).ToList(), revocations, canRevoke);
    }

    /// <summary>Recent decisions on submissions reaching the area (the supervisor's audit view).</summary>
    public async Task<List<AreaDecision>> DecisionsAsync(Actor actor, int take = 200, CancellationToken ct = default)
    {
        var area = await AreaAsync(actor, ct);
        if (area is null)
        {
            return [];
        }
        var villages = VillagesIn(area);
        return await (from d in db.Decisions.AsNoTracking()
                      join s in db.Submissions on d.SubmissionId equals s.Id
                      where villages.Any(v => v.SubmissionId == s.Id)
                      orderby d.DecidedAtUtc descending
                      select new AreaDecision(s.Id, s.Number, s.Title, d.Kind, d.OrgUnitCode, d.DecidedBy, d.DecidedAtUtc, d.Reason))
            .Take(take).ToListAsync(ct);
    }

    /// <summary>Assignments in the area whose promised support is overdue (for the supervisor and township).</summary>
    public async Task<int> SupportFlaggedCountAsync(Actor actor, CancellationToken ct = default)
    {
        var area = await AreaAsync(actor, ct);
        return area is null ? 0 : await SupportFlags.Flagged(AssignmentsIn(area), SupportCutoffUtc).CountAsync(ct);
    }

    private IQueryable<SubmissionVillage> VillagesIn(Area area) =>
        db.SubmissionVillages.AsNoTracking().Where(v => area.IsCity || (area.Township ? v.TownshipCode == area.Code : v.DistrictCode == area.Code || v.TownshipCode == area.Code));

    private IQueryable<Assignment> AssignmentsIn(Area area) =>
        db.Assignments.AsNoTracking().Where(a => area.IsCity || (area.Township ? a.TownshipCode == area.Code : a.DistrictCode == area.Code || a.TownshipCode == area.Code));

    private async Task<Area?> AreaAsync(Actor actor, CancellationToken ct)
    {
        if (actor.OrgUnitCode is not { Length: > 0 } code)
        {
            return null;
        }
        return actor.Role switch
        {
            AppRoles.TownshipApprover => new Area(code, Township: true, IsCity: false),
            AppRoles.JointReviewer or AppRoles.Supervisor => new Area(code, Township: false, (await SupervisorScope.ResolveAsync(db, code, ct)).IsCity),
            _ => null,
        };
    }

    private sealed record Area(string Code, bool Township, bool IsCity);
}
