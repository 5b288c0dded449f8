using System.Text;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>The list import page in real Chromium: htmx posts the file and swaps the result in without leaving the page.</summary>
public sealed class ListImportBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task ListAdministrator_SeesRowProblemsSwappedIn_WhenUploadingBadFile()
    {
        var context = await browser.NewContextAsync(app.BaseAddress);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login?ReturnUrl=/lists/admin/import");
            await page.GetByLabel("用户名").FillAsync("listadmin");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "导入清单" })).ToBeVisibleAsync();

            await page.GetByLabel("清单名称").FillAsync("浏览器测试清单");
            await page.GetByLabel("版本号").FillAsync("浏览器版");
            var csv = "list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands\nAutonomy,B-01,测试,,,,,Meeting\nAssit,B-02,拼错,,,,,\n";
            await page.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            // A full page load would drop this marker; htmx keeps the page and swaps the fragment in.
            await page.EvaluateAsync("window.taMarker = 1");
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并校验" }).ClickAsync();

            var problems = page.Locator("#import-result #import-problems");
            await Assertions.Expect(problems).ToContainTextAsync("第 3 行");
            await Assertions.Expect(problems).ToContainTextAsync("未知的清单类别“Assit”");
            Assert.Equal(1, await page.EvaluateAsync<int>("window.taMarker"));
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(ListAdministrator_SeesRowProblemsSwappedIn_WhenUploadingBadFile), keep: !passed);
            await context.CloseAsync();
        }
    }
}
