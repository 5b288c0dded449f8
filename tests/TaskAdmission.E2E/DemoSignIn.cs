using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;

namespace TaskAdmission.E2E;

/// <summary>Signs a demo user in through the login form, as a person does, and waits for the main navigation.</summary>
internal static class DemoSignIn
{
    public static async Task AsAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
    }
}
