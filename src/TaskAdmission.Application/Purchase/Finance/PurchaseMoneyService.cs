using System.Data.Common;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The view in one round trip on PostgreSQL (<see cref="ReadBatch"/>): every aggregate, alert list and alert count is
    /// its own query, sent together.
    /// </summary>
    public async Task<MoneyView> ViewAsync(MoneyFilter filter, Actor actor, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(actor, ct);
        var cases = Cases(scope, actor, filter);
        var batch = new ReadBatch(db);

        var byDepartment = batch.Add(cases.GroupBy(c => c.DepartmentCode)
            .Select(g => new { g.Key, Cases = g.Count(), Budget = g.Sum(c => c.BudgetFen), Contract = g.Sum(c => c.ContractFen), Accepted = g.Sum(c => c.AcceptedFen), Paid = g.Sum(c => c.PaidFen) }), Row);
        var byProvider = batch.Add(
            from c in cases
            join p in db.PurchaseProviders on c.ProviderId equals p.Id
            group c by new { p.Id, p.Name } into g
            select new { g.Key.Name, Cases = g.Count(), Budget = g.Sum(c => c.BudgetFen), Contract = g.Sum(c => c.ContractFen), Accepted = g.Sum(c => c.AcceptedFen), Paid = g.Sum(c => c.PaidFen) }, Row);
        var villages = db.PurchaseCaseVillages.AsQueryable();
        if (scope is { } area && !area.IsCity)
        {
            villages = villages.Where(v => v.DistrictCode == area.Code || v.TownshipCode == area.Code);
        }
        var byVillage = batch.Add(villages.Join(cases, v => v.CaseId, c => c.Id, (v, c) => new { v.VillageCode, c.BudgetFen, c.ContractFen, c.AcceptedFen, c.PaidFen })
            .GroupBy(x => x.VillageCode)
            .Select(g => new { g.Key, Cases = g.Count(), Budget = g.Sum(x => x.BudgetFen), Contract = g.Sum(x => x.ContractFen), Accepted = g.Sum(x => x.AcceptedFen), Paid = g.Sum(x => x.PaidFen) })
            .OrderBy(x => x.Key).Take(MaxRows), Row);

        var (from, to) = (new DateOnly(filter.Year, 1, 1), new DateOnly(filter.Year + 1, 1, 1));
        var contracted = batch.Add(cases.Where(c => c.SignedOn >= from && c.SignedOn < to).GroupBy(c => c.SignedOn!.Value.Month)
            .Select(g => new { Month = g.Key, Fen = g.Sum(c => c.ContractFen) }), MonthFen);
        var paid = batch.Add(db.PurchasePayments.Where(p => p.PaidOn >= from && p.PaidOn < to && cases.Any(c => c.Id == p.CaseId)).GroupBy(p => p.PaidOn.Month)
            .Select(g => new { Month = g.Key, Fen = g.Sum(p => p.AmountFen) }), MonthFen);

        var (unpaid, unpaidCount) = Unpaid(batch, cases);
        var (unsigned, unsignedCount) = Unsigned(batch, cases);
        var (funds, fundsCount) = Funds(batch, scope, actor, filter);
        await batch.RunAsync(ct);

        var months = Enumerable.Range(1, 12).Select(m => new MoneyMonth(m, contracted.Where(x => x.Month == m).Sum(x => x.Fen), paid.Where(x => x.Month == m).Sum(x => x.Fen))).ToList();
        var totals = new MoneyRow("", byDepartment.Sum(r => r.Cases), byDepartment.Sum(r => r.BudgetFen), byDepartment.Sum(r => r.ContractFen),
            byDepartment.Sum(r => r.AcceptedFen), byDepartment.Sum(r => r.PaidFen));
        return new MoneyView(filter, totals, [.. byDepartment.OrderBy(r => r.Key, StringComparer.Ordinal)],
            [.. byProvider.OrderBy(r => r.Key, StringComparer.Ordinal)],
            [.. byVillage], months, [.. unpaid], unpaidCount.Value, [.. unsigned], unsignedCount.Value, [.. funds], fundsCount.Value);
    }

    /// <summary>A money line as the aggregates above project it: key, cases, then budget, contracted, accepted and paid fen.</summary>
    private static MoneyRow Row(DbDataReader r) => new(r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5));

    private static (int Month, long Fen) MonthFen(DbDataReader r) => (r.GetInt32(0), r.GetInt64(1));

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

    private (IReadOnlyList<UnpaidAlert>, StrongBox<int>) Unpaid(ReadBatch batch, IQueryable<PurchaseCase> cases)
    {
        var cutoff = SupportFlags.CutoffUtc(calendar, clock.Today, options.Value.UnpaidAlertWorkingDays);
        var query = from m in db.PurchaseMilestones
                    join c in cases on m.CaseId equals c.Id
                    where m.Status == MilestoneStatus.Accepted && m.AcceptedAtUtc < cutoff && m.PaidFen < m.AmountFen && c.Status != PurchaseStatus.Cancelled
                    orderby m.AcceptedAtUtc
                    select new { c.Id, c.Number, c.Title, c.DepartmentCode, m.Sequence, Milestone = m.Title, Unpaid = m.AmountFen - m.PaidFen, At = m.AcceptedAtUtc!.Value };
        return (batch.Add(query.Take(MaxAlerts), r => new UnpaidAlert(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5),
            r.GetInt64(6), r.GetDateTime(7))), batch.Count(query));
    }

    private (IReadOnlyList<UnsignedAlert>, StrongBox<int>) Unsigned(ReadBatch batch, IQueryable<PurchaseCase> cases)
    {
        var today = clock.Today;
        var query = cases.Where(c => c.SignedAtUtc == null && c.PeriodStart <= today && c.Status != PurchaseStatus.Cancelled && c.Status != PurchaseStatus.Closed)
            .OrderBy(c => c.PeriodStart)
            .Select(c => new { c.Id, c.Number, c.Title, c.DepartmentCode, c.PeriodStart, c.Status });
        return (batch.Add(query.Take(MaxAlerts), r => new UnsignedAlert(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetFieldValue<DateOnly>(4), Enum.Parse<PurchaseStatus>(r.GetString(5)))), batch.Count(query));
    }

    /// <summary>Admitted work with promised funds the village has not confirmed (pending or reported missing) after the threshold.</summary>
    private (IReadOnlyList<FundsAlert>, StrongBox<int>) Funds(ReadBatch batch, Villages.Supervision.SupervisorScope? scope, Actor actor, MoneyFilter filter)
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
            .Select(a => new { a.SubmissionId, a.Title, a.DepartmentCode, a.VillageCode, a.FundingYuan, a.FundingState, a.DispatchedAtUtc });
        return (batch.Add(query.Take(MaxAlerts), r => new FundsAlert(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDecimal(4),
            Enum.Parse<SupportState>(r.GetString(5)), r.GetDateTime(6))), batch.Count(query));
    }
}
