using CsCheck;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;
using static TaskAdmission.Testing.Purchase.PurchaseScenario;

namespace TaskAdmission.Application.Tests.Purchase;

/// <summary>The money view's figures and alerts, and its running totals against a recount of the stored entries.</summary>
public abstract class MoneyViewTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly PurchaseScenario scenario = new(app.Services);

    private Task<MoneyView> ViewAsync(Actor actor, int year) =>
        scenario.WithAsync<PurchaseMoneyService, MoneyView>(s => s.ViewAsync(new MoneyFilter(year), actor));

    [Fact]
    public async Task View_AddsUpBudgetContractAcceptedAndPaid_PerDepartmentProviderAndVillage()
    {
        var today = await scenario.TodayAsync();
        var before = await ViewAsync(Submitter, today.Year);
        var c = await scenario.SignedCaseAsync($"MV-{Guid.NewGuid():N}"[..20], null, 1_000m, 2_000.50m);
        await scenario.DeliverAndAcceptAsync(c.Id, Village);
        await scenario.WithAsync<PurchaseCaseService, Payment>(s => s.PayAsync(c.Id, new PaymentInput(c.Milestones[0].Id, 400m, today, "PZ-MV"), Submitter));

        var after = await ViewAsync(Submitter, today.Year);

        Assert.Equal(before.Totals.Cases + 1, after.Totals.Cases);
        Assert.Equal(before.Totals.BudgetFen + 6_000_000, after.Totals.BudgetFen);
        Assert.Equal(before.Totals.ContractFen + 300_050, after.Totals.ContractFen);
        Assert.Equal(before.Totals.AcceptedFen + 100_000, after.Totals.AcceptedFen);
        Assert.Equal(before.Totals.PaidFen + 40_000, after.Totals.PaidFen);
        Assert.Equal(after.Totals.ContractFen - after.Totals.PaidFen, after.Totals.OutstandingFen);
        Assert.Equal(Department, Assert.Single(after.ByDepartment).Key);
        Assert.Contains(after.ByProvider, r => r.Key == "石桥村村民委员会");
        Assert.Contains(after.ByVillage, r => r.Key == ShiqiaoVillage);
        Assert.Equal(before.Months[today.Month - 1].PaidFen + 40_000, after.Months[today.Month - 1].PaidFen);
        Assert.Equal(before.Months[today.Month - 1].ContractFen + 300_050, after.Months[today.Month - 1].ContractFen);
        var district = await ViewAsync(Supervisor, today.Year);
        Assert.True(district.Totals.ContractFen >= 300_050);
        await Assert.ThrowsAsync<RefusalException>(() => ViewAsync(Village, today.Year));
    }

    [Fact]
    public async Task Alerts_FlagUnpaidAcceptanceAndWorkStartedWithoutASignedAgreement()
    {
        var today = await scenario.TodayAsync();
        var c = await scenario.SignedCaseAsync($"AL-{Guid.NewGuid():N}"[..20], SunshineCreditCode, 700m);
        await scenario.DeliverAndAcceptAsync(c.Id, Submitter);
        var unsigned = await scenario.WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(Description(today), Submitter));
        var view = await ViewAsync(Submitter, today.Year);
        Assert.DoesNotContain(view.Unpaid, a => a.CaseId == c.Id);
        Assert.Contains(view.Unsigned, a => a.CaseId == unsigned.Id);
        Assert.DoesNotContain(view.Unsigned, a => a.CaseId == c.Id);

        // Accepted long ago (40 days is more than 10 working days whatever the holidays) and still unpaid.
        await scenario.WithAsync<AppDbContext, int>(db => db.PurchaseMilestones.Where(m => m.CaseId == c.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AcceptedAtUtc, DateTime.UtcNow.AddDays(-40))));
        view = await ViewAsync(Submitter, today.Year);
        var alert = Assert.Single(view.Unpaid, a => a.CaseId == c.Id);
        Assert.Equal(70_000, alert.UnpaidFen);
    }

    [Fact]
    public async Task RandomPaymentsAndReversals_KeepTheStoredTotalsEqualToARecount()
    {
        var today = await scenario.TodayAsync();
        var c = await scenario.SignedCaseAsync($"RC-{Guid.NewGuid():N}"[..20], null, 300m, 500m, 200m);
        for (var i = 0; i < c.Milestones.Count; i++)
        {
            await scenario.DeliverAndAcceptAsync(c.Id, Village);
        }
        // Random operations (pay any amount to any milestone, reverse any entry), each through the use case in its own transaction.
        var operations = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 20], Gen.Int[-50, 60_000]).Array[25].Single();
        foreach (var (kind, target, fen) in operations)
        {
            var current = await scenario.ReloadAsync(c.Id);
            try
            {
                if (kind < 2)
                {
                    var milestone = current.Milestones[target % current.Milestones.Count];
                    await scenario.WithAsync<PurchaseCaseService, Payment>(s => s.PayAsync(c.Id, new PaymentInput(milestone.Id, fen / 100m, today, $"PZ-{fen}"), Submitter));
                }
                else if (current.Payments.Count > 0)
                {
                    var entry = current.Payments[target % current.Payments.Count];
                    await scenario.WithAsync<PurchaseCaseService, Payment>(s => s.ReverseAsync(c.Id, entry.Id, "更正", $"HZ-{target}", Submitter));
                }
            }
            catch (RefusalException)
            {
                // Refused: nothing may have changed (checked by the recount below).
            }
            var stored = await scenario.ReloadAsync(c.Id);
            var (paid, perMilestone) = await scenario.WithAsync<AppDbContext, (long, Dictionary<Guid, long>)>(async db =>
                (await db.PurchasePayments.Where(p => p.CaseId == c.Id).SumAsync(p => p.AmountFen),
                 await db.PurchasePayments.Where(p => p.CaseId == c.Id).GroupBy(p => p.MilestoneId).ToDictionaryAsync(g => g.Key, g => g.Sum(p => p.AmountFen))));
            Assert.Equal(paid, stored.PaidFen);
            Assert.InRange(stored.PaidFen, 0, stored.ContractFen);
            Assert.All(stored.Milestones, m => Assert.Equal(perMilestone.GetValueOrDefault(m.Id), m.PaidFen));
            Assert.All(stored.Milestones, m => Assert.InRange(m.PaidFen, 0, m.AmountFen));
        }
        var audits = await scenario.WithAsync<AppDbContext, int>(db => db.AuditEntries.CountAsync(a => a.Subject == $"purchase:{c.Number}" && (a.Action == "purchase.pay" || a.Action == "purchase.reverse")));
        Assert.Equal(await scenario.WithAsync<AppDbContext, int>(db => db.PurchasePayments.CountAsync(p => p.CaseId == c.Id)), audits);
    }
}

public sealed class SqliteMoneyViewTests(SqliteApplicationHost app) : MoneyViewTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresMoneyViewTests(PostgresApplicationHost app) : MoneyViewTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
