using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;

namespace TaskAdmission.E2E;

/// <summary>
/// Purchase of service in Chromium, each person in their own browser: the joint review decides to buy the work as a
/// service, the department completes the case and entrusts the village committee, both parties confirm, the village
/// reports from its inbox, the department accepts and pays the last (only) milestone, and the village sees the money.
/// </summary>
public sealed class PurchaseBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    private readonly List<IBrowserContext> contexts = [];

    [Fact]
    public async Task JointReviewDecision_BecomesACase_ThatIsSignedDeliveredAcceptedAndPaid_AndTheVillageSeesIt()
    {
        var scenario = new PurchaseScenario(app.Services);
        var today = await scenario.TodayAsync();
        var title = $"村级快递服务点-{Guid.NewGuid():N}"[..16];
        var (submission, taskId) = await scenario.AwaitingJointReviewAsync(title, PurchaseScenario.ShiqiaoVillage);
        var number = $"WT-E2E-{Guid.NewGuid():N}"[..20];
        var passed = false;
        try
        {
            // The joint reviewer decides: buy it as a service.
            var review = await SignInAsync("jointreview");
            await review.GotoAsync($"/admission/reviews/{taskId}");
            await review.GetByLabel("政府购买服务").CheckAsync();
            await review.GetByLabel("理由").FillAsync("确有需要,但不应由村承担,改为购买服务");
            await review.GetByRole(AriaRole.Button, new() { Name = "提交审核意见" }).ClickAsync();
            await Assertions.Expect(review).ToHaveURLAsync(new Regex("/admission/reviews\\?decided="));

            // The department finds the case on its submission and completes the description.
            var dept = await SignInAsync("submitter");
            await dept.GotoAsync($"/admission/submissions/{submission.Id}");
            await dept.GetByTestId("purchase-link").GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(dept).ToHaveURLAsync(new Regex("/purchase/cases/"));
            var casePath = new Uri(dept.Url).AbsolutePath;
            await Assertions.Expect(dept.GetByLabel("服务项目名称")).ToHaveValueAsync(title);
            await dept.GetByLabel("交付成果").FillAsync("服务点一个,月度服务记录");
            await dept.GetByLabel("预算金额").FillAsync("30,000");
            await dept.GetByLabel("服务结束日期").FillAsync(today.AddDays(200).ToString("yyyy-MM-dd"));
            await dept.GetByRole(AriaRole.Button, new() { Name = "确认服务需求" }).ClickAsync();

            await dept.GetByLabel("直接委托村（居）民委员会").CheckAsync();
            await dept.GetByRole(AriaRole.Button, new() { Name = "确定承接主体" }).ClickAsync();

            await dept.GetByLabel("协议编号").FillAsync(number);
            await dept.GetByLabel("协议金额").FillAsync("28000");
            await dept.GetByLabel("服务范围和内容").FillAsync("石桥村快递服务点日常运营");
            await dept.GetByLabel("验收标准").FillAsync("每日开放,月度记录完整");
            await dept.GetByLabel("第 1 期内容").FillAsync("全年服务");
            await dept.GetByLabel("第 1 期金额").FillAsync("28000");
            await dept.GetByLabel("第 1 期完成日期").FillAsync(today.AddDays(150).ToString("yyyy-MM-dd"));
            await dept.GetByRole(AriaRole.Button, new() { Name = "发送承接方确认" }).ClickAsync();
            await Assertions.Expect(dept.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

            // The village committee confirms from its inbox; the department head signs.
            var village = await SignInAsync("village");
            await village.GotoAsync("/village");
            var card = village.GetByTestId("village-agreement").Filter(new() { HasText = title });
            await Assertions.Expect(card).ToContainTextAsync("请确认协议");
            await card.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await village.GetByRole(AriaRole.Button, new() { Name = "确认协议" }).ClickAsync();
            await Assertions.Expect(village.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

            var head = await SignInAsync("depthead");
            await head.GotoAsync(casePath);
            await head.GetByRole(AriaRole.Button, new() { Name = "签订协议" }).ClickAsync();
            await Assertions.Expect(head.GetByTestId("case-status")).ToHaveTextAsync("履约中");

            // The village reports the milestone; the department accepts it and pays it in full.
            await village.ReloadAsync();
            await village.GetByRole(AriaRole.Textbox, new() { Name = "完成情况", Exact = true }).FillAsync("服务点已开放全年,记录已整理");
            await village.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
            await Assertions.Expect(village.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

            await dept.GotoAsync(casePath);
            await Assertions.Expect(dept.GetByText("服务点已开放全年,记录已整理", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(dept.GetByTestId("milestones")).ToContainTextAsync("石桥村村民委员会 报告");
            await dept.GetByRole(AriaRole.Button, new() { Name = "验收通过" }).ClickAsync();
            await dept.GetByLabel("付款金额").FillAsync("28000");
            await dept.GetByLabel("付款日期").FillAsync(today.ToString("yyyy-MM-dd"));
            await dept.GetByLabel("凭证号").FillAsync("PZ-2026-001");
            await dept.GetByRole(AriaRole.Button, new() { Name = "记录付款" }).ClickAsync();
            await Assertions.Expect(dept.GetByRole(AriaRole.Status)).ToHaveTextAsync("已记录付款。");
            await Assertions.Expect(dept.GetByTestId("milestones").Locator("tr[data-milestone='1']")).ToContainTextAsync("28,000.00");
            await dept.GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
            await Assertions.Expect(dept.GetByTestId("case-status")).ToHaveTextAsync("已结案");

            // The village sees what was accepted and paid.
            await village.ReloadAsync();
            await Assertions.Expect(village.GetByTestId("village-accepted")).ToHaveTextAsync("28,000.00 元");
            await Assertions.Expect(village.GetByTestId("village-paid")).ToHaveTextAsync("28,000.00 元");
            await Assertions.Expect(village.GetByTestId("case-status")).ToHaveTextAsync("已结案");
            await village.GotoAsync($"/public/villages/{PurchaseScenario.ShiqiaoVillage}/work");
            await Assertions.Expect(village.GetByTestId("public-agreements")).ToContainTextAsync(number);
            passed = true;
        }
        finally
        {
            foreach (var context in contexts)
            {
                await BrowserFixture.StopTracingAsync(context, $"{nameof(PurchaseBrowserTests)}-{contexts.IndexOf(context)}", keep: !passed);
                await context.CloseAsync();
            }
        }
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await browser.NewContextAsync(app.BaseAddress);
        contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("用户名")).Not.ToBeVisibleAsync();
        return page;
    }
}
