using System.Text.Json;
using Microsoft.Playwright;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.E2E;

/// <summary>
/// At 1366×768, the commonest office screen, the demand table on the submission form, the submission's page and the
/// township's review page (with a resubmission's comparison) fits its column: nothing scrolls sideways and no header is cut.
/// </summary>
public sealed class DemandTableBrowserTests(BrowserFixture browser, SqliteTestApp app)
    : IClassFixture<BrowserFixture>, IClassFixture<SqliteTestApp>
{
    private const string Shiqiao = "990100100000";
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };
    private static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    private static readonly Actor Township = new("township", AppRoles.TownshipApprover, null, Shiqiao);

    /// <summary>For each table: its width against its container's, the page's against the window's, and header cells whose text is cut.</summary>
    private const string Measure = """
        selector => [...document.querySelectorAll(selector)].map(t => ({
            table: t.scrollWidth,
            container: t.parentElement.clientWidth,
            page: document.documentElement.scrollWidth,
            window: document.documentElement.clientWidth,
            cut: [...t.querySelectorAll('th')].filter(h => h.scrollWidth > h.clientWidth + 1).map(h => h.textContent.trim())
        }))
        """;

    private sealed record Fit(int Table, int Container, int Page, int Window, string[] Cut);

    private static SubmissionInput Demanding(DateOnly today, string title) => new(new PrecheckRequest
    {
        DepartmentCode = "CITY-MZ",
        Title = title,
        Description = "请各村每季度入户走访独居和留守老人，填写关爱服务记录，每月汇总报送乡镇。",
        ClaimedItemCodes = ["XZ-04"],
        TargetOrgUnitCodes = [Shiqiao],
        StartDate = today.AddDays(70),
        EndDate = today.AddDays(400),
        Demands =
        [
            new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Quarter, Note: "入户走访独居、留守、空巢老人，了解身体状况和生活困难，填写关爱服务记录并由老人或家属签字确认"),
            new DemandRequest(DemandKind.FieldWork, 1, DemandPeriod.Month, Note: "每月5日前回访上月发现生活困难的老人"),
        ],
        Support = new SupportRequest(2000, StaffProvided: true, TrainingProvided: true),
    }, "王芳", "023-12345678");

    private async Task<(Guid Submission, Guid Task)> ResubmittedAsync()
    {
        var today = await app.WithScopeAsync<AdmissionService, DateOnly>(s => Task.FromResult(s.Today));
        var submission = await app.WithScopeAsync<AdmissionService, Submission>(s => s.CreateAsync(Demanding(today, "农村留守老人关爱走访"), Submitter, start: true));
        var first = await TaskAsync(submission.Id);
        await app.WithScopeAsync<AdmissionService, Decision>(s => s.DecideAsync(first, DecisionKind.Return, "请写明汇总报送的时间", Township));
        await app.WithScopeAsync<AdmissionService, Submission>(s =>
            s.ResubmitAsync(submission.Id, Submitter, "写明每月5日前报送汇总表", Demanding(today, "农村留守老人关爱走访（每月汇总报送）")));
        return (submission.Id, await TaskAsync(submission.Id));
    }

    private async Task<Guid> TaskAsync(Guid submission) =>
        (await app.WithScopeAsync<AdmissionService, IReadOnlyList<UserTaskRecord>>(s => s.ReviewTasksAsync(Township)))
            .Single(t => t.BusinessKey == submission.ToString()).Id;

    private static async Task AssertFitsAsync(IPage page, string path, string selector, int expectedTables)
    {
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator(selector)).ToHaveCountAsync(expectedTables);
        var fits = JsonSerializer.Deserialize<Fit[]>((await page.EvaluateAsync<JsonElement>(Measure, selector)).GetRawText(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.All(fits, fit =>
        {
            Assert.True(fit.Table <= fit.Container, $"{path} {selector}: the table is {fit.Table}px wide in a {fit.Container}px column");
            Assert.True(fit.Page <= fit.Window, $"{path}: the page is {fit.Page}px wide in a {fit.Window}px window");
            Assert.True(fit.Cut.Length == 0, $"{path} {selector}: header text cut: {string.Join(" | ", fit.Cut)}");
        });
    }

    [Fact]
    public async Task DemandTables_FitTheirColumn_At1366Pixels()
    {
        var (submission, task) = await ResubmittedAsync();
        var context = await browser.NewContextAsync(app.BaseAddress, Laptop);
        var passed = false;
        try
        {
            var page = await context.NewPageAsync();
            await DemoSignIn.AsAsync(page, "submitter");
            await AssertFitsAsync(page, "/admission/new", "table.ta-demands", 1);
            await AssertFitsAsync(page, $"/admission/submissions/{submission}", "table.ta-demand-summary", 1);
            await context.ClearCookiesAsync();

            await DemoSignIn.AsAsync(page, "township");
            await AssertFitsAsync(page, $"/admission/reviews/{task}", "table.ta-demand-summary, table.ta-diff", 2);
            passed = true;
        }
        finally
        {
            await BrowserFixture.StopTracingAsync(context, nameof(DemandTables_FitTheirColumn_At1366Pixels), keep: !passed);
            await context.CloseAsync();
        }
    }
}
