using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.E2E;

/// <summary>
/// A village committee on a 390×844 phone: lands on its task list, acknowledges, reports progress and completes admitted
/// work — each action confirmed in words that name the work — then checks a demand that is not among its admitted work.
/// </summary>
public sealed class VillagePhoneBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task Village_OnAPhone_AcknowledgesCompletesAndReportsUnadmittedDemand()
    {
        await AdmitForShiqiaoVillageAsync("独居老人年度走访");
        var context = await browser.NewContextAsync(app.BaseAddress, Phone);
        var passed = false;
        try
        {
            var page = await SignInAsVillageAsync(context);

            // A village lands on its task list, no menu to open.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/village$"));

            var card = page.Locator("article.ta-assignment", new() { HasText = "独居老人年度走访" });
            await Assertions.Expect(card).ToBeVisibleAsync();
            await Assertions.Expect(card).ToContainTextAsync("经费 2000 元/村");
            await Assertions.Expect(card).ToContainTextAsync("乡镇（街道）准入");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the inbox scrolls sideways on a phone");

            await card.GetByRole(AriaRole.Button, new() { Name = "确认收到" }).ClickAsync();
            await Assertions.Expect(page.Locator("#inbox-done")).ToHaveTextAsync("已确认收到《独居老人年度走访》。");
            await Assertions.Expect(card.Locator(".badge").First).ToHaveTextAsync("已收到");

            await card.GetByRole(AriaRole.Link, new() { Name = "查看与报告" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/village/assignments/"));
            await page.Locator("#done-note").FillAsync("已走访全部独居老人");
            await page.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已标记完成《独居老人年度走访》，乡镇（街道）可以看到。");
            await Assertions.Expect(page.Locator("article.ta-assignment .badge").First).ToHaveTextAsync("已完成");
            await Assertions.Expect(page.GetByText("已走访全部独居老人")).ToBeVisibleAsync();

            // A demand came by phone: is it admitted? Nothing admitted matches — which is said without a verdict, with the next step.
            await page.GotoAsync("/village/check");
            await page.GetByLabel("哪个部门").SelectOptionAsync(new SelectOptionValue { Label = "市公安局" });
            await page.GetByLabel("什么事（关键词）").FillAsync("出租屋台账");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            var result = page.Locator("#check-result");
            await Assertions.Expect(result).ToContainTextAsync("没有找到与“出租屋台账”相符的事项");
            await Assertions.Expect(result).Not.ToContainTextAsync("有权拒绝");
            await page.GetByRole(AriaRole.Link, new() { Name = "请乡镇（街道）核实或举报" }).ClickAsync();

            await Assertions.Expect(page.GetByLabel("要求做什么")).ToHaveValueAsync("出租屋台账");
            await page.GetByLabel("要求做什么").FillAsync("派出所电话要求每周报送出租屋台账");
            await page.GetByLabel("怎么要求的").SelectOptionAsync(new SelectOptionValue { Label = "电话" });
            await Assertions.Expect(page.GetByLabel("对部门匿名（推荐）")).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
            await Assertions.Expect(page.Locator("#report-sent")).ToContainTextAsync("举报已提交");
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Village_OnAPhone_AcknowledgesCompletesAndReportsUnadmittedDemand), keep: !passed);
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Village_SignsIn_LandsOnTaskList_AcknowledgesAndReportsProgress_WithConfirmations()
    {
        await AdmitForShiqiaoVillageAsync("留守儿童暑期安全排查");
        var context = await browser.NewContextAsync(app.BaseAddress, Phone);
        var passed = false;
        try
        {
            var page = await SignInAsVillageAsync(context);

            // Straight onto 我的任务, whose header buttons are thumb-sized.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/village$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的任务", Level = 1 })).ToBeVisibleAsync();
            foreach (var button in await page.Locator("header .btn").AllAsync())
            {
                var box = (await button.BoundingBoxAsync())!;
                Assert.True(box.Height >= 44 && box.Width >= 44, $"header button '{await button.InnerTextAsync()}' is {box.Width}×{box.Height} px");
            }

            var card = page.Locator("article.ta-assignment", new() { HasText = "留守儿童暑期安全排查" });
            await card.GetByRole(AriaRole.Button, new() { Name = "确认收到" }).ClickAsync();
            await Assertions.Expect(page.Locator("#inbox-done")).ToHaveTextAsync("已确认收到《留守儿童暑期安全排查》。");
            await Assertions.Expect(card.Locator(".badge").First).ToHaveTextAsync("已收到");
            // The decision reads as what was decided, by whom and when; no machine summary or login.
            await Assertions.Expect(card).Not.ToContainTextAsync("approver-");
            await Assertions.Expect(card).Not.ToContainTextAsync("system:");

            await card.GetByRole(AriaRole.Link, new() { Name = "查看与报告" }).ClickAsync();
            await page.Locator("#progress-text").FillAsync("已排查 12 户，发现 2 处隐患已整改");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交进展" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已上报进度：已排查 12 户，发现 2 处隐患已整改");
            // The history names the person, not the login.
            var history = page.Locator("section[aria-labelledby=history-h]");
            await Assertions.Expect(history).ToContainTextAsync("石桥村村委会 陈静");
            await Assertions.Expect(history).Not.ToContainTextAsync("village ");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the task page scrolls sideways on a phone");

            // "Is this admitted?" finds admitted work by words of its description and by the name of a demand.
            await page.GotoAsync("/village/check?q=暑期安全排查+现场工作");
            await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("找到 1 项已准入的工作");
            await Assertions.Expect(page.Locator("article.ta-assignment")).ToContainTextAsync("留守儿童暑期安全排查");
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Village_SignsIn_LandsOnTaskList_AcknowledgesAndReportsProgress_WithConfirmations), keep: !passed);
            await context.CloseAsync();
        }
    }

    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Admitted work made the real way: the department submits, 石桥镇 admits, the workflow dispatches.</summary>
    private async Task AdmitForShiqiaoVillageAsync(string title)
    {
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync(title, VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
    }

    private static async Task<IPage> SignInAsVillageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync("village");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        return page;
    }
}
