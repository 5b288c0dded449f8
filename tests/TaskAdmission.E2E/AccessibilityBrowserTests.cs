using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.E2E;

/// <summary>
/// axe-core (Deque's engine, run inside Chromium) on the pages people meet first: sign-in, the department's new
/// submission, the township's review, the village's task list on a phone and the public village page. No serious or
/// critical violation may remain (moderate and minor ones are reported by axe but do not fail the build).
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public Task LoginPage_HasNoSeriousViolations() =>
        CheckAsync(nameof(LoginPage_HasNoSeriousViolations), null, "/account/login", Desktop);

    [Fact]
    public Task NewSubmissionPage_HasNoSeriousViolations() =>
        CheckAsync(nameof(NewSubmissionPage_HasNoSeriousViolations), "submitter", "/admission/new", Desktop);

    [Fact]
    public async Task ReviewPage_HasNoSeriousViolations()
    {
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync("无障碍检查的审核页", VillageScenario.ShiqiaoVillage);
        var task = (await scenario.WithAsync<AdmissionService, IReadOnlyList<TaskAdmission.Workflows.Persistence.UserTaskRecord>>(
            s => s.ReviewTasksAsync(VillageScenario.Township(VillageScenario.Shiqiao)))).Single(t => t.BusinessKey == submission.Id.ToString());

        await CheckAsync(nameof(ReviewPage_HasNoSeriousViolations), "township", $"/admission/reviews/{task.Id}", Desktop);
    }

    [Fact]
    public async Task VillageInbox_OnAPhone_HasNoSeriousViolations()
    {
        await AdmittedForShiqiaoVillageAsync("无障碍检查的村任务");
        await CheckAsync(nameof(VillageInbox_OnAPhone_HasNoSeriousViolations), "village", "/village", Phone, "无障碍检查的村任务");
    }

    [Fact]
    public async Task PublicVillagePage_OnAPhone_HasNoSeriousViolations()
    {
        await AdmittedForShiqiaoVillageAsync("无障碍检查的公示");
        await CheckAsync(nameof(PublicVillagePage_OnAPhone_HasNoSeriousViolations), null, $"/public/villages/{VillageScenario.ShiqiaoVillage}/work", Phone, "无障碍检查的公示");
    }

    private async Task AdmittedForShiqiaoVillageAsync(string title)
    {
        var scenario = new VillageScenario(app.Services);
        var submission = await scenario.SubmitAsync(title, VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
    }

    /// <summary>Signs <paramref name="userName"/> in (or stays anonymous), opens <paramref name="path"/> and runs axe on the whole page.</summary>
    private async Task CheckAsync(string testName, string? userName, string path, ViewportSize viewport, string? expectText = null)
    {
        var context = await browser.NewContextAsync(app.BaseAddress, viewport);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            if (userName is not null)
            {
                await page.GotoAsync("/account/login");
                await page.GetByLabel("用户名").FillAsync(userName);
                await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoUsers.Password);
                await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
                await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
            }
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (expectText is not null)
            {
                await Assertions.Expect(page.Locator("main")).ToContainTextAsync(expectText);
            }

            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{path}: axe found serious or critical violations:\n" + string.Join('\n', serious.Select(Describe)));
            Assert.NotEmpty(result.Passes);
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, testName, keep: !passed);
            await context.CloseAsync();
        }
    }

    private static string Describe(AxeResultItem v) =>
        $"  {v.Impact} {v.Id}: {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}  {n.Html}"));
}
