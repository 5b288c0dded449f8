using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Burden;

/// <summary>Ledger rows shared by concurrent transactions, and the rebuild, on PostgreSQL.</summary>
public sealed class LedgerConcurrencyTests(PostgresBurdenLedgerHost host) : IClassFixture<PostgresBurdenLedgerHost>
{
    [Fact]
    public async Task TwoDispatchesAtOnce_ToTheSameVillageRows_BothCount()
    {
        var work = new LedgerWork(host);
        var today = await work.TodayAsync();
        var demands = new[] { new DemandRequest(DemandKind.Training, 1, DemandPeriod.Month) };
        var start = new DateOnly(today.Year + 1, 1, 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            work.DispatchAsync("CITY-WJ", demands, start, start.AddMonths(6).AddDays(-1), VillageScenario.Liulin))));

        Assert.All(results, r => Assert.Equal(7, r.Villages));
        var row = await work.WithAsync(sp => sp.GetRequiredService<AppDbContext>().BurdenLedger.AsNoTracking()
            .SingleAsync(r => r.VillageCode == "990100300100" && r.Kind == DemandKind.Training && r.Year == start.Year && r.DepartmentCode == "CITY-WJ"));
        Assert.Equal(4, row.Counts.Items(BurdenPeriod.OfYear(start.Year)));
        Assert.Equal(24, row.Counts.Submissions(BurdenPeriod.OfYear(start.Year)));
        var (kept, recounted) = await work.CompareAsync();
        Assert.Equal(recounted, kept);
    }

    [Fact]
    public async Task Rebuild_WritesTheRecount_AndIsAudited()
    {
        var work = new LedgerWork(host);
        var today = await work.TodayAsync();
        await work.DispatchAsync("CITY-GA", [new DemandRequest(DemandKind.Meeting, 2, DemandPeriod.Quarter)], today, today.AddDays(200), VillageScenario.Hewan);
        var before = await work.CompareAsync();

        var written = await work.WithAsync(sp => sp.GetRequiredService<BurdenRebuildService>().RebuildAsync("operator"));

        var after = await work.CompareAsync();
        Assert.Equal(before.Recounted, after.Kept);
        Assert.Equal(after.Recounted.Count, written);
        Assert.True(await work.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "burden.rebuild" && a.Actor == "operator")));
    }
}
