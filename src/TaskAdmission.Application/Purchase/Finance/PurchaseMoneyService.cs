using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>
/// "费随事转" made visible: budgeted, contracted, accepted, paid and outstanding money of purchase cases, aggregated in
/// SQL over the cases' running totals (whole fen, so both providers sum exactly), and the three alerts. Departments see
/// their own; joint reviewers and supervisors their district (the city: all), optionally one department.
/// </summary>
public sealed class PurchaseMoneyService(AppDbContext db, ChinaClock clock, WorkingCalendar calendar, IOptions<PurchaseOptions> options)
{
    public const int MaxAlerts = 100;
    public const int MaxRows = 1_000;

    public static readonly string[] Readers = [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor];

    public async Task<MoneyView> ViewAsync(MoneyFilter filter, Actor actor, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(actor, ct);
        var cases = Cases(scope, actor, filter);

        var byDepartment = await cases.GroupBy(c => c.DepartmentCode)
            .Select(g => new MoneyRow(g.Key, g.Count(), g.Sum(c => c.BudgetFen), g.Sum(c => c.ContractFen), g.Sum(c => c.AcceptedFen), g.Sum(c => c.PaidFen)))
            .ToListAsync(ct);
        var byProviderId = await cases.Where(c => c.ProviderId != null).GroupBy(c => c.ProviderId!.Value)
            .Select(g => new { g.Key, Row = new MoneyRow("", g.Count(), g.Sum(c => c.BudgetFen), g.Sum(c => c.ContractFen), g.Sum(c => c.AcceptedFen), g.Sum(c => c.PaidFen)) })
            .ToListAsync(ct);
        var ids = byProviderId.Select(p => p.Key).ToList();
        var names = await db.PurchaseProviders.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var villages = db.PurchaseCaseVillages.AsQueryable();
        if (scope is { } area && !area.IsCity)
        {
            villages = villages.Where(v => v.DistrictCode == area.Code || v.TownshipCode == area.Code);
        }
        var byVillage = await villages.Join(cases, v => v.CaseId, c => c.Id, (v, c) => new { v.VillageCode, c.BudgetFen, c.ContractFen, c.AcceptedFen, c.PaidFen })
            .GroupBy(x => x.VillageCode)
            .Select(g => new { g.Key, Cases = g.Count(), Budget = g.Sum(x => x.BudgetFen), Contract = g.Sum(x => x.ContractFen), Accepted = g.Sum(x => x.AcceptedFen), Paid = g.Sum(x => x.PaidFen) })
            .OrderBy(x => x.Key).Take(MaxRows)
            .Select(x => new MoneyRow(x.Key, x.Cases, x.Budget, x.Contract, x.Accepted, x.Paid))
            .ToListAsync(ct);

        var (from, to) = (new DateOnly(filter.Year, 1, 1), new DateOnly(filter.Year + 1, 1, 1));
        var contracted = await cases.Where(c => c.SignedOn >= from && c.SignedOn < to).GroupBy(c => c.SignedOn!.Value.Month)
            .Select(g => new { Month = g.Key, Fen = g.Sum(c => c.ContractFen) }).ToDictionaryAsync(x => x.Month, x => x.Fen, ct);
        var paid = await db.PurchasePayments.Where(p => p.PaidOn >= from && p.PaidOn < to && cases.Any(c => c.Id == p.CaseId)).GroupBy(p => p.PaidOn.Month)
            .Select(g => new { Month = g.Key, Fen = g.Sum(p => p.AmountFen) }).ToDictionaryAsync(x => x.Month, x => x.Fen, ct);
        var months = Enumerable.Range(1, 12).Select(m => new MoneyMonth(m, contracted.GetValueOrDefault(m), paid.GetValueOrDefault(m))).ToList();

        var (unpaid, unpaidCount) = await UnpaidAsync(cases, ct);
        var (unsigned, unsignedCount) = await UnsignedAsync(cases, ct);
        var (funds, fundsCount) = await FundsAsync(scope, actor, filter, ct);
        var totals = new MoneyRow("", byDepartment.Sum(r => r.Cases), byDepartment.Sum(r => r.BudgetFen), byDepartment.Sum(r => r.ContractFen),
            byDepartment.Sum(r => r.AcceptedFen), byDepartment.Sum(r => r.PaidFen));
        return new MoneyView(filter, totals, [.. byDepartment.OrderBy(r => r.Key, StringComparer.Ordinal)],
            [.. byProviderId.Select(p => p.Row with { Key = names.GetValueOrDefault(p.Key, "?") }).OrderBy(r => r.Key, StringComparer.Ordinal)],
            byVillage, months, unpaid, unpaidCount, unsigned, unsignedCount, funds, fundsCount);
    }

    /// <summary>The area of a district or city reader (null for a department); NotFound for roles without a money view.</summary>
    private async Task<Villages.Supervision.SupervisorScope?> ScopeAsync(Actor actor, CancellationToken ct)
    {
        if (AppRoles.IsDepartmentScoped(actor.Role) && Readers.Contains(actor.Role) && actor.DepartmentCode is not null)
        {
            return null;
        }
        return actor.Role is AppRoles.JointReviewer or AppRoles.Supervisor && actor.OrgUnitCode is { } code
            ? await Villages.Supervision.SupervisorScope.ResolveAsync(db, code, ct)
            : throw RefusalException.NotFound();
    }

    private IQueryable<PurchaseCase> Cases(Villages.Supervision.SupervisorScope? scope, Actor actor, MoneyFilter filter)
    {
        var cases = db.PurchaseCases.AsNoTracking();
        if (scope is null)
        {
            cases = cases.Where(c => c.DepartmentCode == actor.DepartmentCode);
        }
        else
        {
            if (!scope.IsCity)
            {
                cases = cases.Where(c => db.PurchaseCaseVillages.Any(v => v.CaseId == c.Id && (v.DistrictCode == scope.Code || v.TownshipCode == scope.Code)));
            }
            if (!string.IsNullOrWhiteSpace(filter.DepartmentCode))
            {
                cases = cases.Where(c => c.DepartmentCode == filter.DepartmentCode);
            }
        }
        var (from, to) = (new DateOnly(filter.Year, 1, 1), new DateOnly(filter.Year, 12, 31));
        cases = cases.Where(c => c.PeriodStart <= to && c.PeriodEnd >= from);
        if (filter.Source is { } source)
        {
            cases = cases.Where(c => c.FundingSource == source);
        }
        if (filter.ProviderKind is { } kind)
        {
            cases = cases.Where(c => db.PurchaseProviders.Any(p => p.Id == c.ProviderId && p.Kind == kind));
        }
        return filter.IncludeCancelled ? cases : cases.Where(c => c.Status != PurchaseStatus.Cancelled);
    }

    private async Task<(List<UnpaidAlert>, int)> UnpaidAsync(IQueryable<PurchaseCase> cases, CancellationToken ct)
    {
        var cutoff = SupportFlags.CutoffUtc(calendar, clock.Today, options.Value.UnpaidAlertWorkingDays);
        var query = from m in db.PurchaseMilestones
                    join c in cases on m.CaseId equals c.Id
                    where m.Status == MilestoneStatus.Accepted && m.AcceptedAtUtc < cutoff && m.PaidFen < m.AmountFen && c.Status != PurchaseStatus.Cancelled
                    orderby m.AcceptedAtUtc
                    select new UnpaidAlert(c.Id, c.Number, c.Title, c.DepartmentCode, m.Sequence, m.Title, m.AmountFen - m.PaidFen, m.AcceptedAtUtc!.Value);
        return await TakeAndCountAsync(query, ct);
    }

    private async Task<(List<UnsignedAlert>, int)> UnsignedAsync(IQueryable<PurchaseCase> cases, CancellationToken ct)
    {
        var today = clock.Today;
        var query = cases.Where(c => c.SignedAtUtc == null && c.PeriodStart <= today && c.Status != PurchaseStatus.Cancelled && c.Status != PurchaseStatus.Closed)
            .OrderBy(c => c.PeriodStart)
            .Select(c => new UnsignedAlert(c.Id, c.Number, c.Title, c.DepartmentCode, c.PeriodStart, c.Status));
        return await TakeAndCountAsync(query, ct);
    }

    /// <summary>Admitted work with promised funds the village has not confirmed (pending or reported missing) after the threshold.</summary>
    private async Task<(List<FundsAlert>, int)> FundsAsync(Villages.Supervision.SupervisorScope? scope, Actor actor, MoneyFilter filter, CancellationToken ct)
    {
        var cutoff = SupportFlags.CutoffUtc(calendar, clock.Today, options.Value.FundsAlertWorkingDays);
        var work = AdmittedWork.InForce(db).Where(a => a.DispatchedAtUtc < cutoff && (a.FundingState == SupportState.Pending || a.FundingState == SupportState.Missing));
        if (scope is null)
        {
            work = work.Where(a => a.DepartmentCode == actor.DepartmentCode);
        }
        else
        {
            if (!scope.IsCity)
            {
                work = work.Where(a => a.DistrictCode == scope.Code || a.TownshipCode == scope.Code);
            }
            if (!string.IsNullOrWhiteSpace(filter.DepartmentCode))
            {
                work = work.Where(a => a.DepartmentCode == filter.DepartmentCode);
            }
        }
        var query = work.OrderBy(a => a.DispatchedAtUtc)
            .Select(a => new FundsAlert(a.SubmissionId, a.Title, a.DepartmentCode, a.VillageCode, a.FundingYuan, a.FundingState, a.DispatchedAtUtc));
        return await TakeAndCountAsync(query, ct);
    }

    private static async Task<(List<T>, int)> TakeAndCountAsync<T>(IQueryable<T> query, CancellationToken ct)
    {
        var items = await query.Take(MaxAlerts).ToListAsync(ct);
        return (items, items.Count < MaxAlerts ? items.Count : await query.CountAsync(ct));
    }
}
