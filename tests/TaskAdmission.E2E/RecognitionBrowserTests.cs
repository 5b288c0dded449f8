using Microsoft.Playwright;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

/// <summary>
/// Recognition in Chromium: the submission form's panel warns while the submitter is still typing (htmx, debounced),
/// and a list administrator's "try it" box marks what fires.
/// </summary>
public sealed class RecognitionBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{

    [Fact]
    public async Task LivePanel_WarnsWhileTyping_AndTryItMarksWhatFires()
    {
        var context = await browser.NewContextAsync(app.BaseAddress, new ViewportSize { Width = 1400, Height = 1000 });
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await DemoSignIn.AsAsync(page, "submitter");
            await page.GotoAsync("/admission/new");
            var checks = 0;
            page.Request += (_, r) => checks += r.Url.EndsWith("/admission/fragments/precheck", StringComparison.Ordinal) ? 1 : 0;

            // Typed key by key, nothing else filled and no field left: the panel answers from the text alone.
            await page.GetByLabel("事项名称").FillAsync("经济工作安排");
            var description = page.GetByLabel("事项内容");
            const string text = "各村完成招商引资任务,每季度上报引进项目。";
            await description.PressSequentiallyAsync(text, new() { Delay = 30 });

            var panel = page.Locator("#precheck-panel");
            await Assertions.Expect(panel.Locator("section[data-provisional='true']"))
                // The first check of a process loads the segmenter's dictionary: allow for a loaded machine.
                .ToHaveAttributeAsync("data-outcome", "Rejected", new() { Timeout = 30_000 });
            await Assertions.Expect(panel.Locator("[data-rule='PROHIBITED_ITEM'] [data-testid='finding-rule']")).ToContainTextAsync("负面清单");
            await Assertions.Expect(panel.Locator("[data-testid='precheck-evidence'] mark", new() { HasText = "招商引资" })).ToBeVisibleAsync();
            // Debounced: one check per pause, not one per key.
            Assert.InRange(checks, 1, text.Length / 2);

            await context.ClearCookiesAsync();
            await DemoSignIn.AsAsync(page, "listadmin");
            var sets = await (await page.APIRequest.GetAsync("/api/v1/list-sets?authority=990000000000")).JsonAsync();
            var city = sets!.Value.EnumerateArray().Single(s => s.GetProperty("versionLabel").GetString() == "2025版").GetProperty("id").GetString();
            await page.GotoAsync($"/lists/admin/sets/{city}");
            await page.GetByLabel("通知标题").FillAsync("乡贤工作");
            await page.GetByLabel("通知正文").FillAsync("请各村开展乡贤招商,完成招商引资任务。");
            await page.Locator("#try-it-form button[type='submit']").ClickAsync();

            var result = page.Locator("#try-result");
            await Assertions.Expect(result.Locator("mark").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(result.Locator("#try-hits tr[data-fires='true'][data-item='FM-01']").First).ToBeVisibleAsync();
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(LivePanel_WarnsWhileTyping_AndTryItMarksWhatFires), keep: !passed);
            await context.CloseAsync();
        }
    }
}
