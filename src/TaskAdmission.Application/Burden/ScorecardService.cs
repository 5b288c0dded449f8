using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Department scorecards: the supervisor sees every department's in its jurisdiction, ranked by the burden each adds
/// per village (departments are ranked, villages never are); a department sees its own, over the area it belongs to (the city, or its district). The
/// burden added counts admitted work only, so a department cannot learn from it which village reported it.
/// </summary>
public sealed class ScorecardService(AppDbContext db, SupervisionService supervision, OrgDirectoryCache orgTree)
{
    private static readonly SubmissionStatus[] AdmittedStatuses =
        [SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted, SubmissionStatus.EmergencyAdmitted,
         SubmissionStatus.PurchaseOfService, SubmissionStatus.Revoked];

    public async Task<(AreaView Area, List<DepartmentScorecard> Cards)> ListAsync(Actor actor, BurdenPeriod period, BurdenMeasure measure, CancellationToken ct = default)
    {
        var org = await orgTree.GetAsync(db, ct);
        var area = actor.Role == AppRoles.Supervisor ? BurdenDashboardService.ResolveArea(org, actor, null) : throw RefusalException.NotFound();
        var cards = await ComputeAsync(org, area, null, period, ct);
        return (area, cards.OrderByDescending(c => c.Added.PerVillage(measure)).ThenByDescending(c => c.FoundedReports).ThenBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    /// <summary>One department's card: the supervisor's area, or the whole city for the department itself. Anyone else: not found.</summary>
    public async Task<(AreaView Area, DepartmentScorecard Card)> ScorecardAsync(Actor actor, string code, BurdenPeriod period, CancellationToken ct = default)
    {
        var org = await orgTree.GetAsync(db, ct);
        AreaView area;
        if (actor.Role == AppRoles.Supervisor)
        {
            area = BurdenDashboardService.ResolveArea(org, actor, null);
        }
        else if (AppRoles.IsDepartmentScoped(actor.Role) && actor.DepartmentCode == code
            && await db.Departments.AsNoTracking().Where(d => d.Code == code).Select(d => d.OrgUnitCode).FirstOrDefaultAsync(ct) is { } home
            && org.Find(home) is { } unit)
        {
            // A department's own card covers the area it belongs to: the city for a city department, its district otherwise.
            area = AreaView.Of(unit);
        }
        else
        {
            throw RefusalException.NotFound();
        }
        var card = (await ComputeAsync(org, area, code, period, ct)).SingleOrDefault() ?? throw RefusalException.NotFound();
        return (area, card);
    }

    private async Task<List<DepartmentScorecard>> ComputeAsync(OrgDirectory org, AreaView area, string? only, BurdenPeriod period, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => only == null || d.Code == only).OrderBy(d => d.Code).ToListAsync(ct);
        var (from, to) = (Utc(period.Start), Utc(period.End.AddDays(1)));
        var code = area.Code;
        var city = area.Level == 1;
        var submissions = db.Submissions.AsNoTracking().Where(s => s.SubmittedAtUtc >= from && s.SubmittedAtUtc < to
            && (only == null || s.DepartmentCode == only)
            && (city || s.Villages.Any(v => v.DistrictCode == code || v.TownshipCode == code || v.VillageCode == code)));
        var statuses = await submissions.GroupBy(s => new { s.DepartmentCode, s.Status }).Select(g => new { g.Key.DepartmentCode, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var returns = await submissions.SelectMany(s => s.Decisions.Where(d => d.Kind == DecisionKind.Return), (s, d) => s.DepartmentCode)
            .GroupBy(c => c).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var rejected = await submissions.Where(s => s.Status == SubmissionStatus.Rejected).Select(s => new { s.DepartmentCode, s.PrecheckJson }).ToListAsync(ct);
        var reports = await db.UnadmittedReports.AsNoTracking()
            .Where(r => r.Finding == ReportFinding.Founded && r.FoundAtUtc >= from && r.FoundAtUtc < to && r.DepartmentCode != null
                && (only == null || r.DepartmentCode == only) && (city || r.DistrictCode == code || r.TownshipCode == code || r.VillageCode == code))
            .GroupBy(r => r.DepartmentCode!).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var assignments = db.Assignments.AsNoTracking().Where(a => (only == null || a.DepartmentCode == only)
            && (city || a.DistrictCode == code || a.TownshipCode == code || a.VillageCode == code));
        var flagged = await SupportFlags.Flagged(assignments, supervision.SupportCutoffUtc).GroupBy(a => a.DepartmentCode)
            .Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ledger = BurdenScope.In(db.BurdenLedger.AsNoTracking(), area).Where(r => r.Year == period.Year && r.Source == BurdenSource.Admitted
            && (only == null || r.DepartmentCode == only));
        var added = (await LedgerQuery.SumAllAsync(ledger, r => r.DepartmentCode, ct)).ToDictionary(x => x.Key, x => x.Counts);
        var villages = area.Level == 4 ? 1 : org.Under(code).Count();

        return departments.Select(d =>
        {
            int Count(Func<SubmissionStatus, bool> which) => statuses.Where(s => s.DepartmentCode == d.Code && which(s.Status)).Sum(s => s.Count);
            var admitted = Count(AdmittedStatuses.Contains);
            var rejectedCount = Count(s => s == SubmissionStatus.Rejected);
            var rules = rejected.Where(r => r.DepartmentCode == d.Code)
                .SelectMany(r => StoredPrecheck.Read(r.PrecheckJson)?.Zh.Findings.Where(f => f.Severity != FindingSeverity.Info).Select(f => f.Rule).Distinct() ?? [])
                .GroupBy(rule => rule).Select(g => new RuleCount(g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
            var counts = added.GetValueOrDefault(d.Code) ?? new BurdenCounts();
            return new DepartmentScorecard(d.Code, d.NameZh, d.NameEn,
                Count(s => s is not SubmissionStatus.Draft and not SubmissionStatus.AwaitingSignOff), admitted + rejectedCount, admitted,
                returns.Where(r => r.Code == d.Code).Sum(r => r.Count), rejectedCount, rules,
                reports.Where(r => r.Code == d.Code).Sum(r => r.Count), flagged.Where(f => f.Code == d.Code).Sum(f => f.Count),
                new BurdenFigures(counts.Items(period), counts.Submissions(period), villages));
        }).ToList();
    }

    private static DateTime Utc(DateOnly chinaDay) =>
        TimeZoneInfo.ConvertTimeToUtc(chinaDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChinaClock.Zone);
}
