using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Testing.Purchase.PurchaseScenario;

namespace TaskAdmission.Application.Tests.Purchase;

/// <summary>Whole purchase cases through the use cases and the service_purchase route, on each provider.</summary>
public abstract class PurchaseFlowTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly PurchaseScenario scenario = new(app.Services);

    private Task<T> Db<T>(Func<AppDbContext, Task<T>> read) => scenario.WithAsync(read);

    private Task Cases(Func<PurchaseCaseService, Task> act) => scenario.WithAsync(act);

    private Task<InstanceStatus> WorkflowStatusAsync(Guid caseId) =>
        Db(async db => (await db.WorkflowInstances.SingleAsync(i => i.Id == db.PurchaseCases.Single(c => c.Id == caseId).WorkflowInstanceId)).Status);

    [Fact]
    public async Task JointReviewPurchase_StartsACase_ThatRunsThroughReworkToTheLastPayment()
    {
        var submission = await scenario.JointReviewPurchaseAsync($"村级快递服务点建设-{Guid.NewGuid():N}"[..20], ShiqiaoVillage);

        var started = await scenario.CaseOfSubmissionAsync(submission.Id);
        Assert.Equal((CaseOrigin.JointReview, PurchaseStatus.Describing, Department), (started.Origin, started.Status, started.DepartmentCode));
        Assert.Equal([ShiqiaoVillage], started.Villages.Select(v => v.VillageCode));
        Assert.Contains("FieldWork", started.DemandsJson);
        Assert.Equal(200_000, started.BudgetFen); // 2,000 yuan per village, one village
        Assert.Equal(SubmissionStatus.PurchaseOfService, (await Db(db => db.Submissions.SingleAsync(s => s.Id == submission.Id))).Status);

        var today = await scenario.TodayAsync();
        var id = started.Id;
        await Cases(s => s.DescribeAsync(id, Description(today, 50_000m, ShiqiaoVillage), Submitter));
        await Cases(s => s.SelectProviderAsync(id, new ProviderSelection(SelectionMode.DirectEntrustment, null, null), Submitter));
        await Cases(s => s.DraftAsync(id, Draft(today, $"WT-{id:N}"[..20], 20_000m, 30_000m), Submitter));
        await Cases(s => s.ConfirmByProviderAsync(id, false, "第二期时间太紧", Village));
        Assert.Equal(PurchaseStatus.Drafting, (await scenario.ReloadAsync(id)).Status);
        await Cases(s => s.DraftAsync(id, Draft(today, $"WT-{id:N}"[..20], 20_000m, 29_999.99m), Submitter));
        await Cases(s => s.ConfirmByProviderAsync(id, true, null, Village));
        await Cases(s => s.SignAsync(id, true, null, Head));

        var signed = await scenario.ReloadAsync(id);
        Assert.Equal((PurchaseStatus.InDelivery, 4_999_999L, "石桥村村民委员会"), (signed.Status, signed.ContractFen, signed.PartyBName));

        await Cases(s => s.ReportAsync(id, "服务点已开放", [new("记录.pdf", "%PDF-1.4 test"u8.ToArray())], Village));
        var first = (await scenario.ReloadAsync(id)).Milestones[0];
        await Cases(s => s.AcceptAsync(id, first.Id, false, "缺少月度记录", Submitter));
        Assert.Equal(MilestoneStatus.Rework, (await scenario.ReloadAsync(id)).Milestones[0].Status);
        await Cases(s => s.ReportAsync(id, "已补齐月度记录", [], Village));
        await Cases(s => s.AcceptAsync(id, first.Id, true, "合格", Head));
        await Cases(s => s.PayAsync(id, new PaymentInput(first.Id, 5_000m, today, "PZ-001"), Submitter));
        await Cases(s => s.PayAsync(id, new PaymentInput(first.Id, 15_000m, today, "PZ-002"), Submitter));
        await scenario.DeliverAndAcceptAsync(id, Village);
        var second = (await scenario.ReloadAsync(id)).Milestones[1];
        await Cases(s => s.PayAsync(id, new PaymentInput(second.Id, 29_999.99m, today, "PZ-003"), Submitter));
        await Cases(s => s.CloseAsync(id, Submitter));

        var closed = await scenario.ReloadAsync(id);
        Assert.Equal((PurchaseStatus.Closed, 4_999_999L, 4_999_999L), (closed.Status, closed.AcceptedFen, closed.PaidFen));
        Assert.Equal(InstanceStatus.Completed, await WorkflowStatusAsync(id));
        Assert.Equal(2, await Db(db => db.PurchaseAcceptances.CountAsync(a => a.CaseId == id && a.Passed)));
        Assert.Equal(1, await Db(db => db.PurchaseFiles.CountAsync(f => f.CaseId == id && f.Use == PurchaseFileUse.Report)));
        var money = await Db(db => db.AuditEntries.Where(a => a.Subject == $"purchase:{closed.Number}").Select(a => a.Action).ToListAsync());
        Assert.Equal(3, money.Count(a => a == "purchase.pay"));
        Assert.Contains("purchase.sign", money);
        Assert.Equal(2, money.Count(a => a == "purchase.accept"));
    }

    [Fact]
    public async Task CaseWithAChosenProvider_IsCancelledBeforePayment_AndItsRouteEnds()
    {
        var today = await scenario.TodayAsync();
        var c = await scenario.WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(Description(today), Submitter));
        var sunshine = await scenario.ProviderIdAsync(SunshineCreditCode);
        await Cases(s => s.SelectProviderAsync(c.Id, new ProviderSelection(SelectionMode.Choice, sunshine, "有社工资质,报价最低"), Submitter));
        await Cases(s => s.DraftAsync(c.Id, Draft(today, $"WT-{c.Id:N}"[..20], 40_000m), Submitter));
        await Cases(s => s.ConfirmByProviderAsync(c.Id, true, null, Submitter));

        await Cases(s => s.CancelAsync(c.Id, "上级已统一购买该服务", Head));

        var cancelled = await scenario.ReloadAsync(c.Id);
        Assert.Equal((PurchaseStatus.Cancelled, "上级已统一购买该服务"), (cancelled.Status, cancelled.CancelReason));
        Assert.Equal(InstanceStatus.Completed, await WorkflowStatusAsync(c.Id));
        Assert.Equal(0, await Db(db => db.WorkflowTasks.CountAsync(t => t.InstanceId == cancelled.WorkflowInstanceId && t.Status == UserTaskStatus.Open)));
        var again = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.SignAsync(c.Id, true, null, Head)));
        Assert.Equal(RefusalKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task Cancel_IsRefused_OnceMoneyIsPaid_AndAllowedAgainWhenEveryPaymentIsReversed()
    {
        var c = await scenario.SignedCaseAsync($"WT-{Guid.NewGuid():N}"[..20], SunshineCreditCode, 10_000m);
        await scenario.DeliverAndAcceptAsync(c.Id, Submitter);
        var milestone = (await scenario.ReloadAsync(c.Id)).Milestones[0];
        var today = await scenario.TodayAsync();
        var payment = await scenario.WithAsync<PurchaseCaseService, Payment>(s => s.PayAsync(c.Id, new PaymentInput(milestone.Id, 10_000m, today, "PZ-9"), Submitter));

        var refused = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.CancelAsync(c.Id, "不再需要", Submitter)));
        Assert.Equal(PurchaseProblemCode.MoneyPaid.ToString(), refused.Code);

        await Cases(s => s.ReverseAsync(c.Id, payment.Id, "付错账户", "HZ-9", Submitter));
        await Cases(s => s.CancelAsync(c.Id, "不再需要", Submitter));
        Assert.Equal(PurchaseStatus.Cancelled, (await scenario.ReloadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task BadInput_IsAnsweredFieldByField_AndNothingIsStored()
    {
        var today = await scenario.TodayAsync();
        var (cases, audits) = (await Db(db => db.PurchaseCases.CountAsync()), await Db(db => db.AuditEntries.CountAsync()));
        var bad = Description(today, -5m) with { PeriodEnd = today.AddDays(-1) };
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(bad, Submitter)));
        Assert.Equal(["budget:MoneyNegative", "periodEnd:DatesReversed"], refusal.Problems.Select(p => $"{p.Field}:{p.Code}"));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(Description(today, 100.001m), Submitter)));
        Assert.Equal("budget:MoneyPrecision", $"{refusal.Problems[0].Field}:{refusal.Code}");
        Assert.Equal((cases, audits), (await Db(db => db.PurchaseCases.CountAsync()), await Db(db => db.AuditEntries.CountAsync())));

        var c = await scenario.WithAsync<PurchaseCaseService, PurchaseCase>(s => s.StartAsync(Description(today, 50_000m, ShiqiaoVillage, "990100300100"), Submitter));
        var blacklisted = await scenario.ProviderIdAsync(BlacklistedCreditCode);
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.SelectProviderAsync(c.Id, new ProviderSelection(SelectionMode.Choice, blacklisted, "便宜"), Submitter)));
        Assert.Equal(["providerId:ProviderBlacklisted", "providerId:ProviderOutsideArea"], refusal.Problems.Select(p => $"{p.Field}:{p.Code}"));
        var company = await scenario.ProviderIdAsync("91990000MA01AB2C3Q");
        await Cases(s => s.SelectProviderAsync(c.Id, new ProviderSelection(SelectionMode.Choice, company, "全市服务"), Submitter));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.DraftAsync(c.Id, Draft(today, "OVER-1", 40_000m, 20_000m), Submitter)));
        Assert.Equal("price:OverBudget", $"{refusal.Problems[0].Field}:{refusal.Code}");
        var stored = await scenario.ReloadAsync(c.Id);
        Assert.Equal((PurchaseStatus.Drafting, 0L, 0), (stored.Status, stored.PriceFen, stored.Milestones.Count));
    }

    [Fact]
    public async Task Payments_NeverExceedTheMilestone_AndReversalsAreEntriesNotEdits()
    {
        var c = await scenario.SignedCaseAsync($"WT-{Guid.NewGuid():N}"[..20], null, 1_000m, 2_000m);
        var today = await scenario.TodayAsync();
        var (first, second) = (c.Milestones[0], c.Milestones[1]);
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.PayAsync(c.Id, new PaymentInput(first.Id, 10m, today, "PZ-1"), Submitter)));
        Assert.Equal(PurchaseProblemCode.MilestoneNotAccepted.ToString(), refusal.Code);

        await scenario.DeliverAndAcceptAsync(c.Id, Village);
        var payment = await scenario.WithAsync<PurchaseCaseService, Payment>(s => s.PayAsync(c.Id, new PaymentInput(first.Id, 600m, today, "PZ-1"), Submitter));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.PayAsync(c.Id, new PaymentInput(first.Id, 400.01m, today, "PZ-2"), Submitter)));
        Assert.Equal(("amount", PurchaseProblemCode.PaymentExceedsMilestone.ToString()), (refusal.Problems[0].Field, refusal.Code));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.PayAsync(c.Id, new PaymentInput(second.Id, 1m, today, "PZ-2"), Submitter)));
        Assert.Equal(PurchaseProblemCode.MilestoneNotAccepted.ToString(), refusal.Code);
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.PayAsync(c.Id, new PaymentInput(first.Id, 1m, today.AddDays(1), ""), Submitter)));
        Assert.Equal(["paidOn:PaidOnInFuture", "voucherNumber:Required"], refusal.Problems.Select(p => $"{p.Field}:{p.Code}"));

        await Cases(s => s.ReverseAsync(c.Id, payment.Id, "金额录错", "HZ-1", Submitter));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.ReverseAsync(c.Id, payment.Id, "再冲一次", "HZ-2", Submitter)));
        Assert.Equal(PurchaseProblemCode.AlreadyReversed.ToString(), refusal.Code);
        await Cases(s => s.PayAsync(c.Id, new PaymentInput(first.Id, 1_000m, today, "PZ-3"), Submitter));

        var after = await scenario.ReloadAsync(c.Id);
        Assert.Equal([60_000L, -60_000L, 100_000L], after.Payments.OrderBy(p => p.RecordedAtUtc).Select(p => p.AmountFen));
        Assert.Equal((100_000L, 100_000L), (after.PaidFen, after.Milestones[0].PaidFen));
        var recount = await Db(db => db.PurchasePayments.Where(p => p.CaseId == c.Id).SumAsync(p => p.AmountFen));
        Assert.Equal(after.PaidFen, recount);
    }

    [Fact]
    public async Task TwoPeopleAcceptingTheSameMilestoneAtOnce_OneWins_TheOtherGetsAConflict()
    {
        var c = await scenario.SignedCaseAsync($"WT-{Guid.NewGuid():N}"[..20], null, 5_000m);
        await Cases(s => s.ReportAsync(c.Id, "完成", [], Village));
        var milestone = c.Milestones[0].Id;

        var results = await Task.WhenAll(
            Task.Run(() => AttemptAsync(() => Cases(s => s.AcceptAsync(c.Id, milestone, true, "合格", Submitter)))),
            Task.Run(() => AttemptAsync(() => Cases(s => s.AcceptAsync(c.Id, milestone, false, "不合格", Head)))));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is { Kind: RefusalKind.Conflict });
        Assert.Equal(1, await Db(db => db.PurchaseAcceptances.CountAsync(a => a.MilestoneId == milestone)));
        var after = await scenario.ReloadAsync(c.Id);
        var passed = await Db(db => db.PurchaseAcceptances.Where(a => a.MilestoneId == milestone).Select(a => a.Passed).SingleAsync());
        Assert.Equal(passed ? 500_000L : 0L, after.AcceptedFen);
    }

    [Fact]
    public async Task Villages_SeeOnlyAgreementsTheyArePartyTo()
    {
        var c = await scenario.SignedCaseAsync($"WT-{Guid.NewGuid():N}"[..20], null, 3_000m);

        Assert.Contains(await scenario.WithAsync<PurchaseCaseService, List<PurchaseCase>>(s => s.VillageAgreementsAsync(Village)), x => x.Id == c.Id);
        Assert.DoesNotContain(await scenario.WithAsync<PurchaseCaseService, List<PurchaseCase>>(s => s.VillageAgreementsAsync(OtherVillage)), x => x.Id == c.Id);
        Assert.Null(await scenario.WithAsync<PurchaseCaseService, PurchaseCaseDetail?>(s => s.GetAsync(c.Id, OtherVillage)));
        Assert.NotNull(await scenario.WithAsync<PurchaseCaseService, PurchaseCaseDetail?>(s => s.GetAsync(c.Id, Supervisor)));
        Assert.NotNull(await scenario.WithAsync<PurchaseCaseService, PurchaseCaseDetail?>(s => s.GetAsync(c.Id, Submitter)));
        Assert.NotNull(await scenario.WithAsync<PurchaseCaseService, PurchaseCaseDetail?>(s => s.GetAsync(c.Id, Village)));
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Cases(s => s.ReportAsync(c.Id, "冒名报告", [], OtherVillage)));
        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        var listed = await scenario.WithAsync<PurchaseCaseService, List<PublicAgreement>>(s => s.PublicAgreementsAsync(ShiqiaoVillage));
        Assert.Contains(listed, a => a.AgreementNumber == c.AgreementNumber && a.ContractFen == 300_000);
    }

    private static async Task<RefusalException?> AttemptAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RefusalException ex)
        {
            return ex;
        }
    }
}

public sealed class SqlitePurchaseFlowTests(SqliteApplicationHost app) : PurchaseFlowTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresPurchaseFlowTests(PostgresApplicationHost app) : PurchaseFlowTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
