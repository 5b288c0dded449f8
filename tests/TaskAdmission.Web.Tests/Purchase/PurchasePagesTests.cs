using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;
using TaskAdmission.Web.Tests.Admission;
using static TaskAdmission.Web.Tests.Purchase.PurchasePages;

namespace TaskAdmission.Web.Tests.Purchase;

/// <summary>The purchase screens over real HTTP, forms posted as a browser would, for each provider.</summary>
public abstract partial class PurchasePagesTests<TApp>(TApp app) where TApp : TestApp
{
    [GeneratedRegex("/purchase/cases/([0-9a-f-]{36})")]
    private static partial Regex CasePath();

    private Task<DateOnly> TodayAsync() => new PurchaseScenario(app.Services).TodayAsync();

    private Task<int> CaseCountAsync() => app.WithScopeAsync<AppDbContext, int>(db => db.PurchaseCases.CountAsync());

    [Fact]
    public async Task NewCase_AnswersBadInputFieldByField_InChineseAndEnglish_AndStoresNothing()
    {
        var client = await app.SignedInClientAsync("submitter");
        var today = await TodayAsync();
        var before = await CaseCountAsync();

        var doc = await PostRefusedAsync(client, "/purchase/new", "new-case", CaseFields(today, "坏输入", "-1", today.AddDays(-1).ToString("yyyy-MM-dd"), PurchaseScenario.ShiqiaoVillage));

        Assert.Equal("预算金额不能为负数。", doc.GetElementById("budget-error")?.TextContent.Trim());
        Assert.Equal("结束日期不能早于开始日期。", doc.GetElementById("periodEnd-error")?.TextContent.Trim());
        Assert.Equal("-1", doc.QuerySelector("input[name='Input.Budget']")?.GetAttribute("value"));

        await SwitchToEnglishAsync(client);
        doc = await PostRefusedAsync(client, "/purchase/new", "new-case", CaseFields(today, "Bad input", "12.345", today.AddDays(9).ToString("yyyy-MM-dd"), PurchaseScenario.ShiqiaoVillage));
        Assert.Equal("Budget may have at most two decimal places (fen).", doc.GetElementById("budget-error")?.TextContent.Trim());
        doc = await PostRefusedAsync(client, "/purchase/new", "new-case", CaseFields(today, "Bad input", "12.34", "2026-02-30", PurchaseScenario.ShiqiaoVillage));
        Assert.Equal("Service end has an invalid value.", doc.GetElementById("periodEnd-error")?.TextContent.Trim());
        doc = await PostRefusedAsync(client, "/purchase/new", "new-case", CaseFields(today, "Bad input", "12.34", today.AddDays(9).ToString("yyyy-MM-dd")));
        Assert.Equal("Villages covered is required.", doc.GetElementById("villageCodes-error")?.TextContent.Trim());
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task ACase_WalksFromTheDepartmentToTheVillageAndBack_ThroughItsPages()
    {
        var today = await TodayAsync();
        var (submitter, head, village, otherVillage) = (await app.SignedInClientAsync("submitter"), await app.SignedInClientAsync("depthead"),
            await app.SignedInClientAsync("village"), await app.SignedInClientAsync("village2"));
        var done = await PostDoneAsync(submitter, "/purchase/new", "new-case",
            CaseFields(today, "快递服务点代办(页面)", "50,000", today.AddDays(200).ToString("yyyy-MM-dd"), PurchaseScenario.ShiqiaoVillage));
        var id = Guid.Parse(CasePath().Match(done).Groups[1].Value);
        var page = $"/purchase/cases/{id}";

        var blacklisted = await new PurchaseScenario(app.Services).ProviderIdAsync(PurchaseScenario.BlacklistedCreditCode);
        var doc = await PostRefusedAsync(submitter, page, "select-provider", ("Input.Mode", "Choice"), ("Input.ProviderId", blacklisted.ToString()), ("Input.Reason", "报价低"));
        Assert.Contains("已列入黑名单，不能选定", doc.GetElementById("providerId-error")?.TextContent);
        await PostDoneAsync(submitter, page, "select-provider", ("Input.Mode", "DirectEntrustment"));

        var number = $"WT-PAGE-{id:N}"[..24];
        (string, string)[] draft =
        [
            ("Input.Number", number), ("Input.Scope", "石桥村快递服务点运营"), ("Input.Criteria", "每日开放,月度记录完整"),
            ("Input.Milestones[0].Title", "首期"), ("Input.Milestones[0].Amount", "10000"), ("Input.Milestones[0].DueDate", today.AddDays(30).ToString("yyyy-MM-dd")),
            ("Input.Milestones[1].Title", "终期"), ("Input.Milestones[1].Amount", "20000"), ("Input.Milestones[1].DueDate", today.AddDays(150).ToString("yyyy-MM-dd")),
        ];
        doc = await PostRefusedAsync(submitter, page, "draft", [.. draft, ("Input.Price", "30000.005")]);
        Assert.Equal("协议金额最多保留两位小数（精确到分）。", doc.GetElementById("price-error")?.TextContent.Trim());
        await PostDoneAsync(submitter, page, "draft", [.. draft, ("Input.Price", "30000")]);

        var inbox = Parse(await village.GetStringAsync("/village"));
        Assert.Contains("请确认协议", inbox.QuerySelector("[data-testid=village-agreement]")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await otherVillage.GetAsync($"/village/purchase/{id}")).StatusCode);
        await PostDoneAsync(village, $"/village/purchase/{id}", "provider-confirm", ("Input.Answer", "yes"));
        await PostDoneAsync(head, page, "sign", ("Input.Answer", "yes"));

        var agreement = Parse(await village.GetStringAsync($"/village/purchase/{id}/agreement"));
        Assert.Contains("第一条", agreement.QuerySelector("article.ta-agreement")?.TextContent);
        Assert.Contains("人民币叁万元整", agreement.QuerySelector("article.ta-agreement")?.TextContent);
        Assert.Contains("石桥村村民委员会", agreement.QuerySelector("article.ta-agreement")?.TextContent);

        await PostDoneAsync(village, $"/village/purchase/{id}", "report", ("Text", "服务点已开放,记录已整理"));
        await PostDoneAsync(submitter, page, "accept", ("Input.Result", "pass"));
        var first = await app.WithScopeAsync<AppDbContext, Guid>(db => db.PurchaseMilestones.Where(m => m.CaseId == id && m.Sequence == 1).Select(m => m.Id).SingleAsync());
        doc = await PostRefusedAsync(submitter, page, "pay", ("Input.MilestoneId", first.ToString()), ("Input.Amount", "10000.01"), ("Input.PaidOn", today.ToString("yyyy-MM-dd")), ("Input.VoucherNumber", "PZ-1"));
        Assert.Equal("付款超过该节点未付金额 10,000.00 元。", doc.GetElementById("amount-error")?.TextContent.Trim());
        await PostDoneAsync(submitter, page, "pay", ("Input.MilestoneId", first.ToString()), ("Input.Amount", "10000"), ("Input.PaidOn", today.ToString("yyyy-MM-dd")), ("Input.VoucherNumber", "PZ-1"));

        var villagePage = Parse(await village.GetStringAsync($"/village/purchase/{id}"));
        Assert.Equal("10,000.00 元", villagePage.QuerySelector("[data-testid=village-paid]")?.TextContent.Trim());
        Assert.Equal("10,000.00 元", villagePage.QuerySelector("[data-testid=village-accepted]")?.TextContent.Trim());
        var publicPage = Parse(await app.CreateClient().GetStringAsync($"/public/villages/{PurchaseScenario.ShiqiaoVillage}/work"));
        Assert.Contains(number, publicPage.QuerySelector("[data-testid=public-agreements]")?.TextContent);
        var csv = Encoding.UTF8.GetString(await submitter.GetByteArrayAsync($"/purchase/money.csv?year={today.Year}"));
        Assert.Contains("石桥村", csv);
        var other = await AdmissionScreens.SignedInAsAsync(app, AppRoles.DepartmentSubmitter, "CITY-GA");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/purchase/cases/{id}/agreement")).StatusCode);
    }

    [Fact]
    public async Task StalePages_GetAConflict_NotAnError()
    {
        var scenario = new PurchaseScenario(app.Services);
        var c = await scenario.SignedCaseAsync($"WT-STALE-{Guid.NewGuid():N}"[..24], PurchaseScenario.SunshineCreditCode, 800m);
        var submitter = await app.SignedInClientAsync("submitter");
        await scenario.WithAsync<Application.Purchase.PurchaseCaseService>(s => s.ReportAsync(c.Id, "完成", [], PurchaseScenario.Submitter));
        var hidden = await TestApp.FormFieldsAsync(submitter, $"/purchase/cases/{c.Id}", "accept");
        await scenario.WithAsync<Application.Purchase.PurchaseCaseService>(s => s.AcceptAsync(c.Id, c.Milestones[0].Id, true, null, PurchaseScenario.Head));

        var response = await submitter.PostAsync($"/purchase/cases/{c.Id}", new FormUrlEncodedContent([.. hidden, new("Input.Result", "rework"), new("Input.Reasons", "晚了一步")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该案件当前不在这一步", Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".alert-danger")?.TextContent);
        Assert.Equal(1, await app.WithScopeAsync<AppDbContext, int>(db => db.PurchaseAcceptances.CountAsync(a => a.CaseId == c.Id)));
    }
}

public sealed class SqlitePurchasePagesTests(SqliteTestApp app) : PurchasePagesTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresPurchasePagesTests(PostgresTestApp app) : PurchasePagesTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;
