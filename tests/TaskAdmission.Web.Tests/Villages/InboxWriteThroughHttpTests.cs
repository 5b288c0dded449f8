using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using static TaskAdmission.Web.Tests.Villages.InboxPages;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>
/// Write-through on dispatch over HTTP (issue 20): after a dispatch chunk gives 石桥村 new work, the API's JSON and the
/// `/village` page's cards, in Chinese and in English, are served from the updated entry without a read of the
/// inbox's statements, and are what a fresh read shows.
/// </summary>
public sealed class InboxWriteThroughHttpTests(InboxWriteThroughHttpTests.App app) : IClassFixture<InboxWriteThroughHttpTests.App>
{
    /// <summary>Chunks of one village, no worker: the test runs the chunks.</summary>
    public sealed class App() : TestApp(DatabaseProvider.Postgres)
    {
        protected override IEnumerable<string> ExtraArgs => ["--Villages:DispatchChunk=1", "--Villages:DispatchPollSeconds=0"];
    }

    private const string Api = "/api/v1/villages/me/assignments";
    private readonly VillageScenario scenario = new(app.Services);
    private VillageInboxCache Cache => app.Services.GetRequiredService<VillageInboxCache>();

    [Fact]
    public async Task AfterADispatchChunk_ApiAndPage_InBothLanguages_AreServedWithoutARead_AsAFreshReadShowsThem()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Cache.IsLive)), "the inbox listener never connected");
        var client = await app.SignedInClientAsync("village");
        // Work already there, so the new one is added among it.
        var earlier = await scenario.SubmitAsync("写穿之前已有的走访", VillageScenario.ShiqiaoVillage);
        await scenario.DecideAsync(earlier.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        var submission = await scenario.SubmitAsync("写穿派发的走访", VillageScenario.ShiqiaoVillage, VillageScenario.BailinVillage);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);

        Cache.Evict([VillageScenario.ShiqiaoVillage]);
        var reads = new[] { (Api, "zh-CN"), (Api, "en"), ("/village", "zh-CN"), ("/village", "en") };
        foreach (var (path, language) in reads)
        {
            await GetAsync(client, path, language);
        }
        Assert.True(Cache.TryGet(VillageScenario.ShiqiaoVillage, "api:en", out _), "the entry was not kept");

        // The chunk of 石桥村 (the first in code order).
        Assert.True(await scenario.WithAsync<DispatchJobRunner, bool>(r => r.RunOnceAsync()));
        // Updated, not evicted: the open work's snapshot is kept (the renderings are derived from it on the next reads).
        Assert.True(Cache.TryGet(VillageScenario.ShiqiaoVillage, "page", out _), "the entry was evicted, not updated");
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());

        var kept = new Dictionary<(string, string), string>();
        await using (var blocker = new NpgsqlConnection(app.ConnectionString))
        {
            // The inbox's statements read exit_requests: while it is locked, only what the entry keeps can be served.
            await blocker.OpenAsync();
            await using var tx = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE exit_requests IN ACCESS EXCLUSIVE MODE", blocker, tx))
            {
                await lockTable.ExecuteNonQueryAsync();
            }
            foreach (var read in reads)
            {
                using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                kept[read] = await GetAsync(client, read.Item1, read.Item2, soon.Token);
            }
            await tx.RollbackAsync();
        }

        foreach (var (path, language) in reads)
        {
            Cache.Evict([VillageScenario.ShiqiaoVillage]);
            var fresh = await GetAsync(client, path, language);
            if (path == Api)
            {
                Assert.Equal(fresh, kept[(path, language)]);
                Assert.Contains(id.ToString(), fresh);
            }
            else
            {
                Assert.Equal(Cards(fresh), Cards(kept[(path, language)]));
                Assert.Contains($"id=\"a-{id}\"", Cards(fresh));
            }
        }
        await scenario.WithAsync<DispatchJobRunner, int>(r => r.DrainAsync());
    }
}
