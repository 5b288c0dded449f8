using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Dispatch;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>Chunks of one village and no worker: each test runs the chunks itself, with the inbox cache live (PostgreSQL).</summary>
public sealed class WriteThroughHost() : ApplicationHost(DatabaseProvider.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Villages:DispatchChunk"] = "1",
        ["Villages:DispatchPollSeconds"] = "0",
    };
}

/// <summary>
/// Write-through on dispatch (issue 20): a dispatch chunk that commits new work for a village whose inbox is cached
/// updates the entry in memory, and the next read is served from it without a statement and equals a fresh read; an
/// entry evicted (or notified) before the commit, a rolled-back chunk, the option off and a village without an entry
/// store nothing new; a village's entry never holds another village's work.
/// </summary>
public sealed class InboxWriteThroughTests(WriteThroughHost app) : IClassFixture<WriteThroughHost>
{
    private const string Shiqiao = VillageScenario.ShiqiaoVillage;
    private const string Bailin = VillageScenario.BailinVillage;
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();

    [Fact]
    public async Task AChunk_UpdatesThePresentEntries_TheNextReadIsServedWithoutAStatement_AndEqualsAFreshRead()
    {
        var submission = await QueuedForBothAsync("写穿派发测试");
        await ReadAsync(Shiqiao);
        await ReadAsync(Bailin);
        var before = cache.WriteThroughs;

        // First chunk: 石桥村 (code order). Its decision's verdict is judged by the chunk itself.
        Assert.True(await RunChunkAsync());
        Assert.Equal(before.Updated + 1, cache.WriteThroughs.Updated);
        Assert.Equal(before.Evicted, cache.WriteThroughs.Evicted);
        var id = await AssignmentIdAsync(submission.Id, Shiqiao);

        // Served with the assignments table locked: no statement.
        var kept = await WhileLockedAsync(() => ReadAsync(Shiqiao));
        Assert.Contains(kept.SelectMany(g => g.Assignments), a => a.Id == id);
        // 柏林村's entry does not show 石桥村's work, and is the one it was.
        Assert.DoesNotContain((await WhileLockedAsync(() => ReadAsync(Bailin))).SelectMany(g => g.Assignments), a => a.Id == id);
        // Only the village's own work.
        Assert.All(kept.SelectMany(g => g.Assignments), a => Assert.Equal(Shiqiao, a.VillageCode));

        cache.Evict([Shiqiao]);
        var fresh = await ReadAsync(Shiqiao);
        Assert.Equal(InboxSnapshot.Write(fresh), InboxSnapshot.Write(kept));

        // Second chunk: 柏林村's entry updated the same way.
        Assert.True(await RunChunkAsync());
        var bailinId = await AssignmentIdAsync(submission.Id, Bailin);
        var bailinKept = await WhileLockedAsync(() => ReadAsync(Bailin));
        Assert.Contains(bailinKept.SelectMany(g => g.Assignments), a => a.Id == bailinId);
        Assert.All(bailinKept.SelectMany(g => g.Assignments), a => Assert.Equal(Bailin, a.VillageCode));
        cache.Evict([Bailin]);
        Assert.Equal(InboxSnapshot.Write(await ReadAsync(Bailin)), InboxSnapshot.Write(bailinKept));
        await DrainAsync();
    }

    [Fact]
    public async Task WorkDueTheSameDayUnderTheSameTitle_IsAddedWhereAReadPutsIt_NotEvicted()
    {
        const string title = "同日同名写穿测试";
        var first = await QueuedForBothAsync(title);
        var second = await QueuedForBothAsync(title);
        var shown = await ReadAsync(Shiqiao);
        Assert.Contains(shown.SelectMany(g => g.Assignments), a => a.SubmissionId == first.Id);
        var before = cache.WriteThroughs;

        Assert.True(await RunChunkAsync());

        Assert.Equal((before.Updated + 1, before.Evicted), (cache.WriteThroughs.Updated, cache.WriteThroughs.Evicted));
        var kept = await WhileLockedAsync(() => ReadAsync(Shiqiao));
        var twins = kept.SelectMany(g => g.Assignments).Where(a => a.Title == title).ToList();
        Assert.Equal(new[] { first.Id, second.Id }.Order(), twins.Select(a => a.SubmissionId).Order());
        Assert.Single(twins.Select(a => a.DueDate).Distinct());
        cache.Evict([Shiqiao]);
        Assert.Equal(InboxSnapshot.Write(await ReadAsync(Shiqiao)), InboxSnapshot.Write(kept));
        await DrainAsync();
    }

    [Fact]
    public async Task AnEvictionOrANotification_BetweenTheEntrysReadAndTheCommit_Evicts_NothingIsUpdated()
    {
        foreach (var notified in new[] { false, true })
        {
            var submission = await QueuedForBothAsync($"写穿之前已清{(notified ? "通知" : "本地")}");
            await ReadAsync(Shiqiao);
            var before = cache.WriteThroughs;

            await InChunkTransactionAsync(async () =>
            {
                if (notified)
                {
                    var listener = app.Services.GetServices<IHostedService>().OfType<VillageInboxListener>().Single();
                    await ExecuteAsync($"SELECT pg_notify('{VillageInboxListener.Channel}', '{Shiqiao}')");
                    Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound));
                }
                else
                {
                    cache.Evict([Shiqiao]);
                }
            }, commit: true);

            Assert.False(cache.TryPeek(Shiqiao, out _), "an entry evicted before the commit was stored again");
            Assert.Equal(before.Updated, cache.WriteThroughs.Updated);
            Assert.Contains(await AssignmentIdAsync(submission.Id, Shiqiao), (await ReadAsync(Shiqiao)).SelectMany(g => g.Assignments).Select(a => a.Id));
            await DrainAsync();
        }
    }

    [Fact]
    public async Task ARolledBackChunk_LeavesTheEntryAsItWas()
    {
        var submission = await QueuedForBothAsync("写穿回滚测试");
        await ReadAsync(Shiqiao);
        Assert.True(cache.TryPeek(Shiqiao, out var entry));
        var before = cache.WriteThroughs;

        await InChunkTransactionAsync(() => Task.CompletedTask, commit: false);

        Assert.True(cache.TryPeek(Shiqiao, out var after));
        Assert.Same(entry, after);
        Assert.Equal(before, cache.WriteThroughs);
        Assert.Equal(0, await scenario.WithAsync<AppDbContext, int>(db => db.Assignments.CountAsync(a => a.SubmissionId == submission.Id)));
        await DrainAsync();
    }

    [Fact]
    public async Task OptionOff_Evicts_AsBefore()
    {
        var options = app.Services.GetRequiredService<IOptions<VillageOptions>>().Value;
        await QueuedForBothAsync("写穿关闭测试");
        await ReadAsync(Shiqiao);
        var before = cache.WriteThroughs;
        options.InboxWriteThrough = false;
        try
        {
            Assert.True(await RunChunkAsync());
        }
        finally
        {
            options.InboxWriteThrough = true;
        }
        Assert.False(cache.TryPeek(Shiqiao, out _), "the entry was not evicted with write-through off");
        Assert.Equal(before, cache.WriteThroughs);
        await DrainAsync();
    }

    [Fact]
    public async Task AVillageWithoutAnEntry_GetsNone()
    {
        await QueuedForBothAsync("写穿无缓存测试");
        cache.Evict([Shiqiao]);
        await ReadAsync(Bailin);
        var before = cache.WriteThroughs;

        Assert.True(await RunChunkAsync());

        Assert.False(cache.TryPeek(Shiqiao, out _), "an entry was stored for a village that had none");
        Assert.Equal(before, cache.WriteThroughs);
        await DrainAsync();
    }

    /// <summary>A submission for 石桥村 and 柏林村 admitted by their township: queued (two villages, chunks of one), no assignment yet.</summary>
    private async Task<Submission> QueuedForBothAsync(string title)
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox cache never went live");
        await DrainAsync();
        var submission = await scenario.SubmitAsync(title, Shiqiao, Bailin);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        Assert.Equal(0, await scenario.WithAsync<AppDbContext, int>(db => db.Assignments.CountAsync(a => a.SubmissionId == submission.Id)));
        return submission;
    }

    private static Actor VillageActor(string village) => VillageScenario.Village(village);

    private Task<IReadOnlyList<DueGroup>> ReadAsync(string village) =>
        scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(VillageActor(village)));

    private Task<bool> RunChunkAsync() => scenario.WithAsync<DispatchJobRunner, bool>(r => r.RunOnceAsync());

    private Task<int> DrainAsync() => scenario.WithAsync<DispatchJobRunner, int>(r => r.DrainAsync());

    private Task<Guid> AssignmentIdAsync(Guid submission, string village) =>
        scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments.Where(a => a.SubmissionId == submission && a.VillageCode == village).Select(a => a.Id).SingleAsync());

    /// <summary>One chunk (the next village of the oldest job) in a transaction of the test's, <paramref name="between"/> before it ends.</summary>
    private Task InChunkTransactionAsync(Func<Task> between, bool commit) => scenario.WithAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var job = await db.DispatchJobs.OrderBy(j => j.CreatedAtUtc).FirstAsync();
        var chunk = await sp.GetRequiredService<DispatchService>().DispatchChunkAsync(job.SubmissionId, 1);
        Assert.Equal(1, chunk.Written);
        await between();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    });

    /// <summary><paramref name="read"/> while another connection holds the assignments table: it fails if it runs a statement.</summary>
    private async Task<T> WhileLockedAsync<T>(Func<Task<T>> read)
    {
        await using var blocker = await OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE assignments IN ACCESS EXCLUSIVE MODE", blocker, tx))
        {
            await lockTable.ExecuteNonQueryAsync();
        }
        var reading = read();
        var done = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5)));
        await tx.RollbackAsync();
        Assert.True(done == reading, "the read ran a statement (it waited for the locked table)");
        return await reading;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connectionString = await scenario.WithAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
