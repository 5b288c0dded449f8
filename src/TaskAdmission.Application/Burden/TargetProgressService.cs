using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Burden;

/// <summary>Judges targets against the ledger and the baselines, at the last period boundary (<see cref="TargetEvaluator"/>).</summary>
public sealed class TargetProgressService(AppDbContext db, ChinaClock clock)
{
    public async Task<List<TargetView>> ForAreaAsync(AreaView area, BaselineResolver baselines, CancellationToken ct = default)
    {
        var targets = await db.BurdenTargets.AsNoTracking().Where(t => t.OrgUnitCode == area.Code).OrderBy(t => t.DueDate).ThenBy(t => t.Name).ToListAsync(ct);
        var views = new List<TargetView>(targets.Count);
        foreach (var target in targets)
        {
            views.Add(new TargetView(target, area, await EvaluateAsync(target, area, baselines, ct)));
        }
        return views;
    }

    public async Task<TargetProgress> EvaluateAsync(BurdenTarget target, AreaView area, BaselineResolver baselines, CancellationToken ct = default)
    {
        var rows = BurdenScope.In(db.BurdenLedger.AsNoTracking(), area).Where(r => r.Year >= target.StartDate.Year && r.Year <= target.DueDate.Year);
        if (target.Kind is { } kind)
        {
            rows = rows.Where(r => r.Kind == kind);
        }
        var scopeYears = (await LedgerQuery.SumAllAsync(rows, r => r.Year, ct)).ToDictionary(x => x.Key, x => x.Counts);
        var villageYears = new Dictionary<int, IReadOnlyList<BurdenCounts>>();
        if (target.Goal == TargetGoal.CapPerVillagePerYear)
        {
            villageYears = (await LedgerQuery.SumAllAsync(rows, r => new { r.VillageCode, r.Year }, ct))
                .GroupBy(x => x.Key.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<BurdenCounts>)g.Select(x => x.Counts).ToList());
        }
        decimal? baseline = baselines.For(area.Code, target.Kind) is { } b ? target.Measure == BurdenMeasure.Items ? b.Items : b.Submissions : null;
        return TargetEvaluator.Evaluate(target, clock.Today, new TargetData(baseline, scopeYears, villageYears));
    }

    /// <summary>Where a reduction target's straight path stands at the end of a month, for the trend chart (null outside its window).</summary>
    public static decimal? PathAt(BurdenTarget target, decimal? baseline, BurdenPeriod month, BurdenMeasure measure)
    {
        if (target.Goal != TargetGoal.ReduceByPercent || baseline is not { } b || month.End < target.StartDate || month.Start > target.DueDate)
        {
            return null;
        }
        var goal = b * (1 - target.Value / 100m);
        var at = month.End < target.DueDate ? month.End : target.DueDate;
        var annual = b - (b - goal) * (at.DayNumber - target.StartDate.DayNumber + 1m) / (target.DueDate.DayNumber - target.StartDate.DayNumber + 1m);
        var value = measure == BurdenMeasure.Items ? annual : annual * month.Days / BurdenPeriod.OfYear(month.Year).Days;
        return Math.Round(value, 1, MidpointRounding.AwayFromZero);
    }
}
