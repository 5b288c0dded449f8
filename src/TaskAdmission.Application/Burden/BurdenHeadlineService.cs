using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Headlines: the home page's figure and trend for a township, district or supervisor (their own scope), and the public
/// page of a village (admitted work only: the public never learns of a village's reports).
/// </summary>
public sealed class BurdenHeadlineService(AppDbContext db, ChinaClock clock, OrgDirectoryCache orgTree)
{
    public static readonly string[] HomeRoles = [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor];

    /// <summary>The headline of the user's scope, or null for roles whose home shows none.</summary>
    public async Task<HeadlineFigures?> ForHomeAsync(Actor actor, CancellationToken ct = default)
    {
        if (!HomeRoles.Contains(actor.Role) || actor.OrgUnitCode is not { Length: > 0 } code)
        {
            return null;
        }
        var org = await orgTree.GetAsync(db, ct);
        return org.Find(code) is { } unit ? await HeadlineAsync(org, AreaView.Of(unit), admittedOnly: false, ct) : null;
    }

    /// <summary>The public figures of a village (null when the code is not a village).</summary>
    public async Task<HeadlineFigures?> ForPublicVillageAsync(string villageCode, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == villageCode, ct);
        if (unit is null || !unit.Kind.IsVillageLevel())
        {
            return null;
        }
        return await HeadlineAsync(null, AreaView.Of(unit), admittedOnly: true, ct);
    }

    private async Task<HeadlineFigures> HeadlineAsync(OrgDirectory? org, AreaView area, bool admittedOnly, CancellationToken ct)
    {
        var today = clock.Today;
        var year = BurdenPeriod.OfYear(today.Year);
        var last = year.Previous();
        var rows = BurdenScope.In(db.BurdenLedger.AsNoTracking(), area).Where(r => r.Year == year.Year || r.Year == last.Year);
        if (admittedOnly)
        {
            rows = rows.Where(r => r.Source == BurdenSource.Admitted);
        }
        var sums = await LedgerQuery.SumAllAsync(rows, r => new { r.Year, r.Kind }, ct);
        BurdenCounts Total(int y)
        {
            var total = new BurdenCounts();
            foreach (var s in sums.Where(s => s.Key.Year == y))
            {
                total.Add(s.Counts);
            }
            return total;
        }
        var thisYear = Total(year.Year);
        var lastYear = Total(last.Year);
        var villages = area.Level == 4 || org is null ? 1 : org.Under(area.Code).Count();
        BurdenFigures? baseline = null;
        if (org is not null && new BaselineResolver(await db.BurdenBaselines.AsNoTracking().ToListAsync(ct), org).For(area.Code, (Core.Lists.DemandKind?)null) is { } b)
        {
            baseline = new BurdenFigures(b.Items, b.Submissions, villages);
        }
        var months = year.Months().Select(m => new MonthFigure(m, thisYear.Items(m), thisYear.Submissions(m), null, null, null, m.Start > today)).ToList();
        var kinds = sums.Where(s => s.Key.Year == year.Year).Select(s => (s.Key.Kind, s.Counts.Items(year), s.Counts.Submissions(year)))
            .Where(k => k.Item2 + k.Item3 > 0).OrderBy(k => k.Kind).ToList();
        return new HeadlineFigures(area, year.Year, new BurdenFigures(thisYear.Items(year), thisYear.Submissions(year), villages),
            new BurdenFigures(lastYear.Items(last), lastYear.Submissions(last), villages), baseline, months, kinds);
    }
}
