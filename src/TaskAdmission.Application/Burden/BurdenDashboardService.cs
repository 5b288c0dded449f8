using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// The burden dashboard of an area (city, district, township or village) for the viewer's scope, read from the ledger
/// only: a handful of GROUP BY queries over the area's rows of one year, never a recount of assignments (except the
/// one village's assignments at the bottom of the drill-down).
/// </summary>
public sealed class BurdenDashboardService(AppDbContext db, ChinaClock clock, TargetProgressService targets, VillageBurdenQuery villageWork, OrgDirectoryCache orgTree)
{
    public const int HeaviestCount = 10;

    public BurdenPeriod CurrentYear => BurdenPeriod.OfYear(clock.Today.Year);

    public async Task<BurdenDashboard> DashboardAsync(Actor actor, string? unitCode, BurdenFilter filter, CancellationToken ct = default)
    {
        var org = await orgTree.GetAsync(db, ct);
        var area = ResolveArea(org, actor, unitCode);
        var period = filter.Period;
        var villages = area.Level == 4 ? 1 : org.Under(area.Code).Count();
        var rows = Filtered(area, filter);
        var year = rows.Where(r => r.Year == period.Year);
        var sums = await LedgerQuery.SumAllAsync(year, r => new { r.Kind, r.DepartmentCode, r.Source }, ct);
        var previousPeriod = period.Previous();
        var previous = Sum((await LedgerQuery.SumAllAsync(rows.Where(r => r.Year == previousPeriod.Year), r => r.Source, ct)).Select(x => x.Counts));
        var baselines = new BaselineResolver(await db.BurdenBaselines.AsNoTracking().ToListAsync(ct), org);
        var areaTargets = await targets.ForAreaAsync(area, baselines, ct);
        var total = Sum(sums.Select(s => s.Counts));
        var unadmitted = Sum(sums.Where(s => s.Key.Source == BurdenSource.Unadmitted).Select(s => s.Counts));
        var annualBaseline = baselines.For(area.Code, filter.Kind);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        var names = departments.ToDictionary(d => d.Code, d => (d.NameZh, d.NameEn));

        var kinds = sums.GroupBy(s => s.Key.Kind).ToDictionary(g => g.Key, g => Sum(g.Select(s => s.Counts)));
        var kindRows = kinds.Keys.Union(BaselineRules.Kinds.Where(k => filter.Kind is null && baselines.For(area.Code, k) is not null))
            .Where(k => filter.Kind is null || k == filter.Kind).Order()
            .Select(k =>
            {
                var counts = kinds.GetValueOrDefault(k) ?? new BurdenCounts();
                var b = baselines.For(area.Code, k) is { } annual ? BaselineResolver.ForPeriod(annual, period) : ((decimal, decimal)?)null;
                return new KindFigure(k, counts.Items(period), counts.Submissions(period), b?.Item1, b?.Item2);
            }).ToList();
        var departmentRows = sums.GroupBy(s => s.Key.DepartmentCode)
            .Select(g => (Code: g.Key, Counts: Sum(g.Select(s => s.Counts))))
            .Select(d => new DepartmentFigure(d.Code, names.GetValueOrDefault(d.Code).NameZh ?? d.Code, names.GetValueOrDefault(d.Code).NameEn ?? d.Code,
                d.Counts.Items(period), d.Counts.Submissions(period)))
            .Where(d => d.Items + d.Submissions > 0)
            .OrderByDescending(d => filter.Measure == BurdenMeasure.Items ? d.Items : d.Submissions).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var path = areaTargets.Select(t => t.Target).FirstOrDefault(t => t.Goal == TargetGoal.ReduceByPercent && t.Kind == filter.Kind && t.Measure == filter.Measure);
        var pathBaseline = annualBaseline is { } ab ? filter.Measure == BurdenMeasure.Items ? ab.Items : ab.Submissions : (decimal?)null;
        var today = clock.Today;
        var months = BurdenPeriod.OfYear(period.Year).Months().Select(m =>
        {
            var b = annualBaseline is { } annual ? BaselineResolver.ForPeriod(annual, m) : ((decimal, decimal)?)null;
            return new MonthFigure(m, total.Items(m), total.Submissions(m), b?.Item1, b?.Item2,
                path is null ? null : TargetProgressService.PathAt(path, pathBaseline, m, filter.Measure), m.Start > today);
        }).ToList();

        HeatTable? heat = null;
        IReadOnlyList<VillageLoad> heaviest = [];
        IReadOnlyList<AssignmentBurden> assignments = [];
        (int Count, IReadOnlyList<FoundedReportBurden> List) reports = (0, []);
        if (area.Level < 4)
        {
            heat = await HeatAsync(org, area, year, filter, ct);
            heaviest = (await LedgerQuery.TopAsync(year, r => r.VillageCode, filter.Measure, period, HeaviestCount, ct))
                .Select(v => org.Find(v.Key) is { } u ? new VillageLoad(AreaView.Of(u), org.Find(u.ParentCode ?? "") is { } t ? AreaView.Of(t) : null, v.Value) : null)
                .OfType<VillageLoad>().ToList();
        }
        else
        {
            assignments = await villageWork.AssignmentsAsync(area.Code, filter, names, ct);
            reports = await villageWork.ReportsAsync(area.Code, filter, showList: actor.Role == AppRoles.Supervisor, ct);
        }
        var options = departments.Select(d => new DepartmentFigure(d.Code, d.NameZh, d.NameEn, 0, 0)).ToList();
        return new BurdenDashboard(area, Trail(org, actor, area), filter,
            Figures(total, period, villages), Figures(previous, previousPeriod, villages),
            annualBaseline is { } abl ? new BurdenFigures(BaselineResolver.ForPeriod(abl, period).Items, BaselineResolver.ForPeriod(abl, period).Submissions, villages) : null,
            Figures(unadmitted, period, villages), months, kindRows, departmentRows, heat, heaviest, areaTargets, assignments, reports.Count, reports.List, options);
    }

    /// <summary>The area a viewer asked for (its own scope when none), or not found when it lies outside the scope.</summary>
    public static AreaView ResolveArea(OrgDirectory org, Actor actor, string? unitCode)
    {
        var root = BurdenScope.RootOf(actor) ?? throw RefusalException.NotFound();
        var code = string.IsNullOrWhiteSpace(unitCode) ? root : unitCode.Trim();
        return org.Find(code) is { } unit && BurdenScope.Includes(org, root, code) ? AreaView.Of(unit) : throw RefusalException.NotFound();
    }

    /// <summary>The area's rows, narrowed to the filter's kind and department.</summary>
    public IQueryable<BurdenLedgerRow> Filtered(AreaView area, BurdenFilter filter)
    {
        var rows = BurdenScope.In(db.BurdenLedger.AsNoTracking(), area);
        if (filter.Kind is { } kind)
        {
            rows = rows.Where(r => r.Kind == kind);
        }
        if (filter.Department is { Length: > 0 } department)
        {
            rows = rows.Where(r => r.DepartmentCode == department);
        }
        return rows;
    }

    private async Task<HeatTable> HeatAsync(OrgDirectory org, AreaView area, IQueryable<BurdenLedgerRow> year, BurdenFilter filter, CancellationToken ct)
    {
        var values = area.Level switch
        {
            1 => await LedgerQuery.SumOfAsync(year, r => new { Child = r.DistrictCode, r.Kind }, filter.Measure, filter.Period, ct),
            2 => await LedgerQuery.SumOfAsync(year, r => new { Child = r.TownshipCode, r.Kind }, filter.Measure, filter.Period, ct),
            _ => await LedgerQuery.SumOfAsync(year, r => new { Child = r.VillageCode, r.Kind }, filter.Measure, filter.Period, ct),
        };
        var children = org.Children(area.Code).Select(AreaView.Of).ToList();
        var kinds = values.Where(v => v.Value != 0).Select(v => v.Key.Kind).Distinct().Order().ToList();
        var cells = values.ToDictionary(v => (v.Key.Child, v.Key.Kind), v => v.Value);
        return new HeatTable(children, kinds, children.Select(c => (IReadOnlyList<int>)kinds.Select(k => cells.GetValueOrDefault((c.Code, k))).ToList()).ToList());
    }

    private static IReadOnlyList<AreaView> Trail(OrgDirectory org, Actor actor, AreaView area)
    {
        var root = BurdenScope.RootOf(actor)!;
        var trail = org.Trail(area.Code);
        return trail.SkipWhile(u => u.Code != root).Select(AreaView.Of).ToList();
    }

    private static BurdenFigures Figures(BurdenCounts counts, BurdenPeriod period, int villages) => new(counts.Items(period), counts.Submissions(period), villages);

    private static BurdenCounts Sum(IEnumerable<BurdenCounts> counts)
    {
        var total = new BurdenCounts();
        foreach (var c in counts)
        {
            total.Add(c);
        }
        return total;
    }
}
