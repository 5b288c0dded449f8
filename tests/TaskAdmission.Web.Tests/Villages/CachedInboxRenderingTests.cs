using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using static TaskAdmission.Web.Tests.Villages.InboxPages;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>
/// On PostgreSQL the village's inbox is kept between requests as bytes (the API's JSON per language, the page's cards
/// as a snapshot): what the API and the `/village` page show from the cache is what they show right after a change,
/// in either language, and new work shows on the next read.
/// </summary>
public sealed class CachedInboxRenderingTests(CachedInboxRenderingTests.App app) : IClassFixture<CachedInboxRenderingTests.App>
{
    public sealed class App() : TestApp(DatabaseProvider.Postgres);

    private readonly VillageScenario scenario = new(app.Services);
    private VillageInboxCache Cache => app.Services.GetRequiredService<VillageInboxCache>();

    [Fact]
    public async Task ApiAndPage_FromTheCache_ShowWhatAFreshReadShows_InBothLanguages_AndNewWorkAtOnce()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Cache.IsLive)), "the inbox listener never connected");
        var first = await AdmittedForShiqiaoAsync("缓存两种语言的走访");
        var client = await app.SignedInClientAsync("village");
        var department = await app.WithScopeAsync<AppDbContext, Core.Organisation.Department>(db =>
            db.Departments.AsNoTracking().SingleAsync(d => d.Code == "CITY-MZ"));
        var (nameZh, nameEn) = (department.NameZh, department.NameEn);

        var bodies = new Dictionary<string, string>();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            Cache.Evict([VillageScenario.ShiqiaoVillage]);
            var read = await GetAsync(client, "/api/v1/villages/me/assignments", language);
            var kept = await GetAsync(client, "/api/v1/villages/me/assignments", language);
            Assert.True(Cache.TryGet(VillageScenario.ShiqiaoVillage, language == "en" ? "api:en" : "api:zh", out _), "the API's JSON was not kept");
            Assert.Equal(read, kept);
            Assert.Contains(first.ToString(), read);
            bodies[language] = read;

            Cache.Evict([VillageScenario.ShiqiaoVillage]);
            var page = Cards(await GetAsync(client, "/village", language));
            var keptPage = Cards(await GetAsync(client, "/village", language));
            Assert.True(Cache.TryGet(VillageScenario.ShiqiaoVillage, $"page:{(language == "en" ? "en" : "zh")}:{app.Services.GetRequiredService<ChinaClock>().Today.DayNumber}", out _),
                "the page's cards were not kept");
            Assert.Equal(page, keptPage);
            Assert.Contains($"id=\"a-{first}\"", page);
            Assert.Contains(language == "en" ? nameEn : nameZh, page);
        }
        Assert.Contains(nameZh, bodies["zh-CN"]);
        Assert.Contains(nameEn, bodies["en"]);
        Assert.DoesNotContain(nameZh, bodies["en"]);

        // Both languages and the page are cached now; new work for the village shows on the next read of each.
        var second = await AdmittedForShiqiaoAsync("缓存之后新派的走访");
        foreach (var language in new[] { "zh-CN", "en" })
        {
            Assert.Contains(second.ToString(), await GetAsync(client, "/api/v1/villages/me/assignments", language));
            Assert.Contains($"id=\"a-{second}\"", Cards(await GetAsync(client, "/village", language)));
        }
    }

    [Theory]
    [InlineData("zh-CN", "en")]
    [InlineData("en", "zh-CN")]
    public async Task AUserSwitchingLanguage_IsServedTheOtherLanguage_FromTheSameRead_AsAFreshReadShowsIt(string first, string other)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Cache.IsLive)), "the inbox listener never connected");
        var id = await AdmittedForShiqiaoAsync("换语言不再读库的走访");
        await scenario.WithAsync<TaskAdmission.Application.Villages.VillageWorkService, int>(async w =>
        {
            // Something in the recent done list too.
            await w.CompleteAsync(await AdmittedForShiqiaoAsync("换语言之前已办结"), VillageScenario.Village(VillageScenario.ShiqiaoVillage), null, null);
            return 0;
        });
        var client = await app.SignedInClientAsync("village");

        foreach (var path in new[] { "/api/v1/villages/me/assignments", "/village" })
        {
            Cache.Evict([VillageScenario.ShiqiaoVillage]);
            await GetAsync(client, path, first);
            string switched;
            // While the inbox's statements (and the done list's) would wait for a lock, the other language is still
            // served: from what the first read kept, not from a second read.
            await using (var blocker = new NpgsqlConnection(app.ConnectionString))
            {
                await blocker.OpenAsync();
                await using var tx = await blocker.BeginTransactionAsync();
                await using (var lockTable = new NpgsqlCommand("LOCK TABLE exit_requests IN ACCESS EXCLUSIVE MODE", blocker, tx))
                {
                    await lockTable.ExecuteNonQueryAsync();
                }
                using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                switched = await GetAsync(client, path, other, soon.Token);
                await tx.RollbackAsync();
            }
            Cache.Evict([VillageScenario.ShiqiaoVillage]);
            var fresh = await GetAsync(client, path, other);
            if (path == "/village")
            {
                Assert.Equal(Cards(fresh), Cards(switched));
                Assert.Contains($"id=\"a-{id}\"", Cards(switched));
                Assert.Contains("换语言之前已办结", Cards(switched));
            }
            else
            {
                Assert.Equal(fresh, switched);
                Assert.Contains(id.ToString(), switched);
            }
        }
    }

    [Fact]
    public async Task BackFromAnAcknowledgement_ThePageNamesTheWork_AfterTheRead_AndFromTheCache()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Cache.IsLive)), "the inbox listener never connected");
        var id = await AdmittedForShiqiaoAsync("确认收到后提示的走访");
        var client = await app.SignedInClientAsync("village");
        await GetAsync(client, "/village", "zh-CN");
        await scenario.WithAsync<TaskAdmission.Application.Villages.VillageWorkService, int>(async w =>
        {
            await w.AcknowledgeAsync(id, VillageScenario.Village(VillageScenario.ShiqiaoVillage));
            return 0;
        });

        // The acknowledgement evicted the village: the first answer reads it; the second comes from the cached markup.
        var pageKey = $"page:zh:{app.Services.GetRequiredService<ChinaClock>().Today.DayNumber}";
        foreach (var fromCache in new[] { false, true })
        {
            Assert.Equal(fromCache, Cache.TryGet(VillageScenario.ShiqiaoVillage, pageKey, out _));
            var page = new HtmlParser().ParseDocument(await GetAsync(client, $"/village?acknowledged={id}", "zh-CN"));
            Assert.Contains("确认收到后提示的走访", page.QuerySelector("#inbox-done")?.TextContent ?? "");
            Assert.NotNull(page.QuerySelector($"#a-{id}"));
            Assert.True(Cache.TryGet(VillageScenario.ShiqiaoVillage, pageKey, out _), "the page's cards were not kept");
        }
    }

    /// <summary>Admitted work for 石桥村 alone (decided by its township); its assignment's id.</summary>
    private async Task<Guid> AdmittedForShiqiaoAsync(string title)
    {
        var submission = await scenario.SubmitAsync(title, VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        return await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
    }
}
