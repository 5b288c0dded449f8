using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.E2E;

/// <summary>A village committee on a 390×844 phone: acknowledges and completes admitted work, then reports a demand that was not admitted.</summary>
public sealed class VillagePhoneBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task Village_OnAPhone_AcknowledgesCompletesAndReportsUnadmittedDemand()
    {
        // Admitted work made the real way: the department submits, 石桥镇 admits, the workflow dispatches.
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync("独居老人年度走访", VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);

        var context = await browser.NewContextAsync(app.BaseAddress, new ViewportSize { Width = 390, Height = 844 });
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.GetByLabel("用户名").FillAsync("village");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            // The menu is folded on a phone; one tap opens it.
            await page.GetByText("☰ 主导航").ClickAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "我的任务" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/village$"));

            var card = page.Locator("article.ta-assignment", new() { HasText = "独居老人年度走访" });
            await Assertions.Expect(card).ToBeVisibleAsync();
            await Assertions.Expect(card).ToContainTextAsync("经费 2000 元/村");
            await Assertions.Expect(card).ToContainTextAsync("乡镇（街道）准入");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the inbox scrolls sideways on a phone");

            await card.GetByRole(AriaRole.Button, new() { Name = "确认收到" }).ClickAsync();
            await Assertions.Expect(card.Locator(".badge").First).ToHaveTextAsync("已收到");

            await card.GetByRole(AriaRole.Link, new() { Name = "查看与报告" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/village/assignments/"));
            await page.GetByLabel("完成说明(可选)").FillAsync("已走访全部独居老人");
            await page.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
            await Assertions.Expect(page.Locator("article.ta-assignment .badge").First).ToHaveTextAsync("已完成");
            await Assertions.Expect(page.GetByText("已走访全部独居老人")).ToBeVisibleAsync();

            // A demand came by phone: is it admitted? No — so report it.
            await page.GotoAsync("/village/check");
            await page.GetByLabel("哪个部门").SelectOptionAsync(new SelectOptionValue { Label = "市公安局" });
            await page.GetByLabel("什么事(关键词)").FillAsync("出租屋台账");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("没有经过准入");
            await page.GetByRole(AriaRole.Link, new() { Name = "举报这个要求" }).ClickAsync();

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
}
