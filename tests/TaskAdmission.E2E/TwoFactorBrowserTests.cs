using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>The app with township approvers required to sign in with a second factor.</summary>
public sealed class TwoFactorBrowserApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<string> ExtraArgs => [$"--Account:TwoFactorRequiredRoles={AppRoles.TownshipApprover}"];
}

/// <summary>An approver in real Chromium: sent to enrol, scans (reads) the key, enters the app's code, signs out and back in with a fresh code.</summary>
public sealed class TwoFactorBrowserTests(BrowserFixture browser, TwoFactorBrowserApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<TwoFactorBrowserApp>
{
    [Fact]
    public async Task Approver_MustEnrol_ThenSignsInWithTheAuthenticatorCode()
    {
        var context = await browser.NewContextAsync(app.BaseAddress);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/admission/reviews");
            await page.GetByLabel("用户名").FillAsync("township");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("须开启两步验证");
            await Assertions.Expect(page.GetByAltText("验证器应用使用的二维码")).ToBeVisibleAsync();
            var key = (await page.Locator("#authenticator-key").GetAttributeAsync("data-key"))!;
            var totp = new Totp(Base32Encoding.ToBytes(key));
            await page.GetByLabel("验证码").FillAsync(totp.ComputeTotp());
            await page.GetByRole(AriaRole.Button, new() { Name = "开启两步验证" }).ClickAsync();
            await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

            await page.GotoAsync("/admission/reviews");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admission/reviews$"));
            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));

            await page.GetByLabel("用户名").FillAsync("township");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login-2fa"));
            await page.GetByLabel("验证码").FillAsync("000000" == totp.ComputeTotp() ? "111111" : "000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page.Locator("#login-error")).ToBeVisibleAsync();

            // The next time step's code: a fresh code, not the one used to enrol, and within the tolerance of the check.
            await page.GetByLabel("验证码").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page.GetByText("石桥镇审核人 张伟").First).ToBeVisibleAsync();
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Approver_MustEnrol_ThenSignsInWithTheAuthenticatorCode), keep: !passed);
            await context.CloseAsync();
        }
    }
}
