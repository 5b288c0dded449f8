using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>A department submitter fills the admission form in Chromium, watches the live pre-check and saves a draft.</summary>
public sealed partial class SubmissionFormBrowserTests(BrowserFixture browser, WarmSqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<WarmSqliteTestApp>
{
    [GeneratedRegex(@"/admission/submissions/[0-9a-f-]{36}\?done=Saved$")]
    private static partial Regex SavedDetail();

    /// <summary>Full-page screenshots for a person to look at, only when TA_SCREENSHOTS names a folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("TA_SCREENSHOTS") is { Length: > 0 } dir)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = true });
        }
    }

    [Fact]
    public async Task Submitter_FillsForm_SeesLivePrecheckUpdate_SavesDraft()
    {
        var context = await browser.NewContextAsync(app.BaseAddress, new ViewportSize { Width = 1400, Height = 1000 });
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await page.GetByLabel("用户名").FillAsync("submitter");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();

            await page.GotoAsync("/admission/new");
            var panel = page.Locator("#precheck-panel");
            await Assertions.Expect(panel).ToContainTextAsync("填写事项名称");

            var start = ChinaClock.System.Today.AddDays(80);
            await page.GetByLabel("事项名称").FillAsync("农村留守老人关爱走访");
            await page.GetByLabel("事项内容").FillAsync("请各村每季度入户走访独居和留守老人,填写关爱服务记录。");
            await page.GetByLabel("石桥镇（全部 6 个村/社区）").CheckAsync();
            await page.GetByLabel("开始日期").FillAsync(start.ToString("yyyy-MM-dd"));
            await page.GetByLabel("结束日期").FillAsync(start.AddDays(300).ToString("yyyy-MM-dd"));
            await page.GetByLabel("第 1 项要求的类型").SelectOptionAsync("FieldWork");
            await page.GetByLabel("第 1 项要求的周期").SelectOptionAsync("Quarter");
            await page.GetByLabel("每村经费（元）").FillAsync("2000");
            await page.GetByLabel("联系电话").FillAsync("023-12345678");

            // The panel answers by itself (htmx, on change); no list item is claimed yet.
            var outcome = panel.GetByTestId("precheck-outcome");
            await Assertions.Expect(outcome).ToBeVisibleAsync();
            await Assertions.Expect(panel.Locator("canvas[data-drawn='1']")).ToHaveCountAsync(1);
            var add = panel.Locator("button[data-add-code='XZ-04']");
            await Assertions.Expect(add).ToBeVisibleAsync();

            // Claiming the suggested item re-runs the check: covered by the assistance list → township review.
            await add.ClickAsync();
            await Assertions.Expect(page.GetByLabel("对应清单事项代码")).ToHaveValueAsync("XZ-04");
            await Assertions.Expect(panel.Locator("[data-rule='COVERED_BY_ITEM']")).ToBeVisibleAsync();
            await Assertions.Expect(outcome).ToHaveTextAsync("乡镇/街道审核");

            // A second demand row comes from the fragment endpoint without reloading the page.
            await page.GetByRole(AriaRole.Button, new() { Name = "增加一项要求" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("第 2 项要求的类型")).ToBeVisibleAsync();

            await ScreenshotAsync(page, "form.png");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(SavedDetail());
            await Assertions.Expect(page.Locator("[data-status='Draft']")).ToHaveTextAsync("草稿");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "农村留守老人关爱走访" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "detail.png");
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Submitter_FillsForm_SeesLivePrecheckUpdate_SavesDraft), keep: !passed);
            await context.CloseAsync();
        }
    }
}
