using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>A township approver in real Chromium against the real app on a free 127.0.0.1 port.</summary>
public sealed class ConsoleShellBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task TownshipApprover_SignsIn_SeesChineseMenu_SwitchesToEnglish_SignsOut()
    {
        var context = await browser.NewContextAsync(app.BaseAddress);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

            await page.GetByLabel("用户名").FillAsync("township");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "首页" })).ToBeVisibleAsync();
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "修改密码" })).ToBeVisibleAsync();
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "用户" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Assertions.Expect(page.GetByText("石桥镇审核人 张伟").First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" })
                .GetByRole(AriaRole.Link, new() { Name = "Change password" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(TownshipApprover_SignsIn_SeesChineseMenu_SwitchesToEnglish_SignsOut), keep: !passed);
            await context.CloseAsync();
        }
    }
}
