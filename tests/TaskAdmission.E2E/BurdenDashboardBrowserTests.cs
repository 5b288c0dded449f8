using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>The district's joint reviewer opens 青山区's burden dashboard, drills down to one village and exports its assignments.</summary>
public sealed class BurdenDashboardBrowserTests(BrowserFixture browser, SqliteBurdenDemoTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteBurdenDemoTestApp>
{
    [Fact]
    public async Task District_DrillsDownToAVillage_AndExportsItsAssignments()
    {
        var context = await browser.NewContextAsync(app.BaseAddress);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            await page.GotoAsync("/");
            await page.GetByLabel("用户名").FillAsync("jointreview");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "减负看板" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("青山区减负看板");
            // Chart.js drew the trend from the page's data (burden.js), and the table beside it carries the months.
            await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart(document.getElementById('chart-trend'))");
            await Assertions.Expect(page.Locator("#table-trend tbody tr")).ToHaveCountAsync(12);

            await page.GetByLabel("统计口径").SelectOptionAsync(new SelectOptionValue { Label = "报送次数" });
            await page.GetByRole(AriaRole.Button, new() { Name = "显示" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("measure=Submissions"));

            await page.Locator("#table-heat").GetByRole(AriaRole.Link, new() { Name = "柳林镇" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("柳林镇减负看板");
            await page.Locator("#table-heat").GetByRole(AriaRole.Link, new() { Name = "杨家村" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("杨家村减负看板");
            await Assertions.Expect(page.Locator("nav[aria-label='单位层级'] li")).ToHaveTextAsync(["青山区", "柳林镇", "杨家村"]);
            var assignments = page.Locator("#table-assignments tbody tr");
            await Assertions.Expect(assignments).ToHaveCountAsync(5);
            await Assertions.Expect(page.Locator("#founded-reports")).ToContainTextAsync("1 件");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#assignments").GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
            Assert.Matches("^burden-assignments-990100300200-\\d{4}\\.csv$", download.SuggestedFilename);
            var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
            var firstTask = (await assignments.First.Locator("th").TextContentAsync())!.Trim();
            Assert.Contains(firstTask, csv);
            Assert.Equal(6, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Empty(errors);
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(District_DrillsDownToAVillage_AndExportsItsAssignments), keep: !passed);
            await context.CloseAsync();
        }
    }
}
