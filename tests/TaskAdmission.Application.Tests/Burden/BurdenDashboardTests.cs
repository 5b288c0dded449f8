using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Burden;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Burden;

/// <summary>The dashboard's figures, read from the ledger, agree at every level of the drill-down and stay inside the viewer's scope.</summary>
public abstract class BurdenDashboardTests(BurdenLedgerHost host)
{
    private const string Shiqiao1 = "990100100100";

    private Task<BurdenDashboard> DashboardAsync(Actor actor, string? unit, BurdenFilter filter) =>
        host.WithScopeAsync<BurdenDashboardService, BurdenDashboard>(s => s.DashboardAsync(actor, unit, filter));

    [Fact]
    public async Task DrillDown_FiguresAddUp_FromDistrictToTheVillagesAssignments()
    {
        var work = new LedgerWork(host);
        var today = await work.TodayAsync();
        var year = new DateOnly(today.Year + 1, 1, 1);
        await work.DispatchAsync("CITY-MZ", [new DemandRequest(DemandKind.Report, 1, DemandPeriod.Month)], year, year.AddYears(1).AddDays(-1), VillageScenario.Shiqiao);
        await work.DispatchAsync("CITY-GA", [new DemandRequest(DemandKind.Meeting, 2, DemandPeriod.Quarter), new DemandRequest(DemandKind.Report, 1, DemandPeriod.Once)],
            year.AddMonths(3), year.AddMonths(9).AddDays(-1), VillageScenario.Shiqiao, VillageScenario.Liulin);
        var filter = new BurdenFilter(BurdenPeriod.OfYear(year.Year), Measure: BurdenMeasure.Submissions);
        var supervisor = VillageScenario.Supervisor();

        var district = await DashboardAsync(supervisor, null, filter);
        var township = await DashboardAsync(supervisor, VillageScenario.Shiqiao, filter);
        var village = await DashboardAsync(supervisor, Shiqiao1, filter);

        // Shiqiao's 6 villages: 12 monthly reports, 4 meetings in Q2–Q3 and one report each; Liulin's 7: the meetings and the report.
        Assert.Equal(6 * 17 + 7 * 5, district.Total.Submissions);
        Assert.Equal(district.Total.Submissions, district.Heat!.Rows.Select((_, i) => district.Heat.Total(i)).Sum());
        Assert.Equal(6 * 17, township.Total.Submissions);
        Assert.Equal(17, village.Total.Submissions);
        Assert.Equal(village.Total.Submissions, village.Assignments.Sum(a => a.Submissions));
        Assert.Equal(village.Total.Items, village.Assignments.Sum(a => a.Items));
        Assert.Equal(3, village.Total.Items);
        Assert.Equal(17, village.Months.Sum(m => m.Submissions));
        Assert.Equal(["CITY-MZ", "CITY-GA"], township.Departments.Select(d => d.Code));
        Assert.Equal(6, township.Heaviest.Count);
        Assert.All(township.Heaviest, v => Assert.Equal(17, v.Value));
    }

    [Fact]
    public async Task Scope_ATownshipCannotOpenAnotherTownshipOrItsVillages()
    {
        var filter = new BurdenFilter(BurdenPeriod.OfYear(2026));
        var township = VillageScenario.Township(VillageScenario.Shiqiao);

        var own = await DashboardAsync(township, Shiqiao1, filter);

        Assert.Equal(Shiqiao1, own.Area.Code);
        Assert.Equal([VillageScenario.Shiqiao, Shiqiao1], own.Trail.Select(a => a.Code));
        var other = await Assert.ThrowsAsync<RefusalException>(() => DashboardAsync(township, "990100300100", filter));
        Assert.Equal(RefusalKind.NotFound, other.Kind);
        await Assert.ThrowsAsync<RefusalException>(() => DashboardAsync(township, VillageScenario.Qingshan, filter));
        await Assert.ThrowsAsync<RefusalException>(() => DashboardAsync(VillageScenario.Village(Shiqiao1), "990100100200", filter));
        await Assert.ThrowsAsync<RefusalException>(() => DashboardAsync(VillageScenario.Submitter, null, filter));
    }
}

public sealed class SqliteBurdenDashboardTests(SqliteBurdenLedgerHost host) : BurdenDashboardTests(host), IClassFixture<SqliteBurdenLedgerHost>;

public sealed class PostgresBurdenDashboardTests(PostgresBurdenLedgerHost host) : BurdenDashboardTests(host), IClassFixture<PostgresBurdenLedgerHost>;
