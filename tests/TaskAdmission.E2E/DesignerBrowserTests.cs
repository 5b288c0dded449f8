using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.E2E;

/// <summary>The system administrator in real Chromium: edits a label in the designer and deploys; an upload the engine refuses changes nothing.</summary>
public sealed class DesignerBrowserTests(BrowserFixture browser, SqliteTestApp app) : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    private static string Fixture() => File.ReadAllText(RepositoryPaths.Combine("workflows", "test", "console-approval.bpmn"));

    private Task<int> LatestVersionAsync() => app.WithScopeAsync<WorkflowEngine, int>(async e => (await e.Store.GetDefinitionAsync("console_approval", null))!.Version);

    private async Task<IPage> SignInAsAdminAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Designer_ChangesALabel_SavesAndTheNewVersionIsLive()
    {
        await app.WithScopeAsync<WorkflowEngine, DeploymentResult>(e => e.DeployAsync(Fixture()));
        var before = await LatestVersionAsync();
        var context = await browser.NewContextAsync(app.BaseAddress, new ViewportSize { Width = 1600, Height = 1000 });
        var passed = false;
        try
        {
            var page = await SignInAsAdminAsync(context);
            await page.GotoAsync("/admin/workflows/designer/console_approval");
            await Assertions.Expect(page.Locator("#bpmn-designer[data-ready=true]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();

            await page.Locator("g.djs-element[data-element-id=Review]").ClickAsync();
            var name = page.GetByLabel("名称");
            await Assertions.Expect(name).ToHaveValueAsync("乡镇审核");
            await name.FillAsync("街道审核");
            await name.PressAsync("Tab");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并部署" }).ClickAsync();

            await Assertions.Expect(page.Locator("#designer-result")).ToHaveAttributeAsync("data-version", (before + 1).ToString());
            var live = await app.WithScopeAsync<WorkflowEngine, string?>(async e => (await e.GetDefinitionAsync("console_approval", before + 1)).Node("Review").Name);
            Assert.Equal("街道审核", live);

            await page.GotoAsync("/admin/workflows/definitions");
            await Assertions.Expect(page.Locator($"tr[data-process=console_approval][data-version='{before + 1}']")).ToContainTextAsync("系统管理员 周杰");
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Designer_ChangesALabel_SavesAndTheNewVersionIsLive), keep: !passed);
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Upload_WithAnUnsupportedElement_ShowsTheProblemOnIt_AndKeepsTheOldVersionLive()
    {
        await app.WithScopeAsync<WorkflowEngine, DeploymentResult>(e => e.DeployAsync(Fixture()));
        var before = await LatestVersionAsync();
        var broken = Fixture().Replace("<bpmn:userTask id=\"Approve\"", "<bpmn:sendTask id=\"Approve\"", StringComparison.Ordinal)
            .Replace("</bpmn:userTask>\n    <bpmn:endEvent", "</bpmn:sendTask>\n    <bpmn:endEvent", StringComparison.Ordinal);
        Assert.Contains("<bpmn:sendTask id=\"Approve\"", broken);
        var context = await browser.NewContextAsync(app.BaseAddress);
        var passed = false;
        try
        {
            var page = await SignInAsAdminAsync(context);
            await page.GotoAsync("/admin/workflows/definitions");
            await page.GetByLabel("BPMN 文件").SetInputFilesAsync(new FilePayload { Name = "broken.bpmn", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(broken) });
            await page.GetByRole(AriaRole.Button, new() { Name = "部署", Exact = true }).ClickAsync();

            await Assertions.Expect(page.Locator("#deploy-problems li[data-element=Approve]").First).ToContainTextAsync("sendTask");
            await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("未部署，原版本继续生效");
            Assert.Equal(before, await LatestVersionAsync());
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(Upload_WithAnUnsupportedElement_ShowsTheProblemOnIt_AndKeepsTheOldVersionLive), keep: !passed);
            await context.CloseAsync();
        }
    }
}
