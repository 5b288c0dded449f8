using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// The workflow's AdmissionPrecheck step reuses the context the submitting command built a moment before when nothing
/// it rests on changed (the same result as reading it again), and reads it again when something did: the submission's
/// content, a list version published in between.
/// </summary>
public abstract class PrecheckReuseTests(ApplicationHost app)
{
    private readonly VillageScenario scenario = new(app.Services);

    [Fact]
    public async Task SubmissionStartedAtOnce_StoresThePrecheckOfTheContextItsCommandBuilt_AsAFreshCheckFindsIt()
    {
        await ReadyAsync();
        var today = await scenario.TodayAsync();
        var (submission, reused) = await scenario.WithAsync(async sp =>
        {
            var created = await sp.GetRequiredService<AdmissionService>().CreateAsync(
                VillageScenario.Input(today, "复用机审走访", [VillageScenario.Shiqiao]), VillageScenario.Submitter, start: true);
            return (created, sp.GetRequiredService<PrecheckService>().ContextsReused);
        });

        Assert.Equal(1, reused);
        var stored = StoredPrecheck.Read((await scenario.ReloadAsync(submission.Id)).PrecheckJson);
        Assert.NotNull(stored);
        var fresh = await scenario.WithAsync(async sp =>
        {
            var s = await LoadAsync(sp, submission.Id);
            var prechecker = sp.GetRequiredService<PrecheckService>();
            var result = (await prechecker.PrecheckAsync(SubmissionRequests.From(s, today), AppLanguage.ZhCn, s.Id)).Result;
            Assert.Equal(0, prechecker.ContextsReused);
            return result;
        });
        Assert.Equal(Describe(fresh), Describe(stored.Zh));
    }

    [Fact]
    public async Task UnchangedSubmission_ReusesTheRememberedContext()
    {
        await ReadyAsync();
        var id = await DraftAsync("复用机审未变");
        var today = await scenario.TodayAsync();
        await scenario.WithAsync(async sp =>
        {
            var (submission, prechecker, context) = await RememberAsync(sp, id, today);
            using (prechecker.Remember(submission, context))
            {
                var checkedAgain = await prechecker.PrecheckSubmissionAsync(submission, today, AppLanguage.ZhCn);
                Assert.Equal(1, prechecker.ContextsReused);
                Assert.Same(context, checkedAgain.Context);
            }
        });
    }

    [Fact]
    public async Task ChangedContent_ReadsTheContextAgain()
    {
        await ReadyAsync();
        var id = await DraftAsync("复用机审改动");
        var today = await scenario.TodayAsync();
        await scenario.WithAsync(async sp =>
        {
            var (submission, prechecker, context) = await RememberAsync(sp, id, today);
            using (prechecker.Remember(submission, context))
            {
                submission.TargetOrgUnitCodes = [VillageScenario.ShiqiaoVillage];
                var checkedAgain = await prechecker.PrecheckSubmissionAsync(submission, today, AppLanguage.ZhCn);
                Assert.Equal(0, prechecker.ContextsReused);
                Assert.Equal(new[] { VillageScenario.ShiqiaoVillage }, checkedAgain.Context.Villages.Select(v => v.VillageCode));
            }
        });
    }

    [Fact]
    public async Task ListVersionPublishedInBetween_ReadsTheContextAgain_AndCitesTheNewVersion()
    {
        await ReadyAsync();
        var id = await DraftAsync("复用机审新清单");
        var today = await scenario.TodayAsync();
        await scenario.WithAsync(async sp =>
        {
            var (submission, prechecker, context) = await RememberAsync(sp, id, today);
            var city = context.Villages[0].Lists.List!.City;
            var admin = Actor.ListAdministrator("reuse-lists", city.AuthorityCode);
            var lists = sp.GetRequiredService<ListService>();
            var label = $"复用版{Guid.NewGuid().ToString("N")[..6]}";
            var draft = await lists.CreateDraftAsync(new ListDraftHeader(city.AuthorityCode, "复用测试清单", label), admin, city.SetId);
            using (prechecker.Remember(submission, context))
            {
                await lists.PublishAsync(draft, submission.StartDate, admin);

                var checkedAgain = await prechecker.PrecheckSubmissionAsync(submission, today, AppLanguage.ZhCn);

                Assert.Equal(0, prechecker.ContextsReused);
                Assert.Equal(draft, checkedAgain.Context.Villages[0].Lists.List!.City.SetId);
                Assert.Contains(checkedAgain.Result.Findings, f => f.ListSet?.Contains(label, StringComparison.Ordinal) == true);
            }
        });
    }

    [Fact]
    public async Task RememberedContext_IsForgottenWhenTheCommandEnds()
    {
        await ReadyAsync();
        var id = await DraftAsync("复用机审已结束");
        var today = await scenario.TodayAsync();
        await scenario.WithAsync(async sp =>
        {
            var (submission, prechecker, context) = await RememberAsync(sp, id, today);
            prechecker.Remember(submission, context).Dispose();

            await prechecker.PrecheckSubmissionAsync(submission, today, AppLanguage.ZhCn);

            Assert.Equal(0, prechecker.ContextsReused);
        });
    }

    /// <summary>
    /// PostgreSQL: wait until the change-notification path is proved. Its first proof signals every marker (what was read
    /// before may be stale), so a command racing it re-reads its context, as it must — and a test asserting reuse would
    /// fail by timing, not by a fault.
    /// </summary>
    protected virtual Task ReadyAsync() => Task.CompletedTask;

    private async Task<Guid> DraftAsync(string title)
    {
        var today = await scenario.TodayAsync();
        return (await scenario.WithAsync<AdmissionService, Submission>(s =>
            s.CreateAsync(VillageScenario.Input(today, title, [VillageScenario.Shiqiao]), VillageScenario.Submitter, start: false))).Id;
    }

    private static async Task<(Submission, PrecheckService, PrecheckContext)> RememberAsync(IServiceProvider sp, Guid id, DateOnly today)
    {
        var submission = await LoadAsync(sp, id);
        var prechecker = sp.GetRequiredService<PrecheckService>();
        var context = await prechecker.BuildContextAsync(SubmissionRequests.From(submission, today), id, default);
        return (submission, prechecker, context);
    }

    private static Task<Submission> LoadAsync(IServiceProvider sp, Guid id) =>
        sp.GetRequiredService<AppDbContext>().Submissions.Include(s => s.Demands).Include(s => s.Villages).FirstAsync(s => s.Id == id);

    /// <summary>What a reviewer reads of a result: the outcome and every finding with its citation and message.</summary>
    private static string Describe(PrecheckResult result) =>
        JsonSerializer.Serialize(new { result.Outcome, Findings = result.Findings.Select(f => new { f.Rule, f.Severity, f.ItemCode, f.ListSet, f.Message }), result.VillageCount });
}

public sealed class SqlitePrecheckReuseTests(SqliteApplicationHost app) : PrecheckReuseTests(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresPrecheckReuseTests(PostgresApplicationHost app) : PrecheckReuseTests(app), IClassFixture<PostgresApplicationHost>
{
    private readonly VillageInboxCache feed = app.Services.GetRequiredService<VillageInboxCache>();

    protected override async Task ReadyAsync() =>
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(feed.IsLive)), "the notification listener is not connected");
}
