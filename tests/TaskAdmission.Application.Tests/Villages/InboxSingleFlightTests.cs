using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// Readers of one village that miss its cached inbox at the same time share one read of the database (issue 20: a hot
/// village just evicted by a dispatch), and a reader that began after an eviction never gets a read that began before it.
/// </summary>
public sealed class PostgresInboxSingleFlightTests(PostgresApplicationHost app) : IClassFixture<PostgresApplicationHost>
{
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();
    private readonly VillageInboxListener listener = app.Services.GetServices<IHostedService>().OfType<VillageInboxListener>().Single();
    private readonly InboxRenewals renewals = app.Services.GetRequiredService<InboxRenewals>();

    [Fact]
    public async Task ConcurrentMisses_OfOneVillage_ShareOneRead_AndAReaderAfterAnEviction_ReadsItself()
    {
        await scenario.AdmittedAsync("同村并发只读一次", VillageScenario.Shiqiao);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener never connected");
        // The admission's own notifications evict the village a moment after its commit: let them land before the test's
        // own eviction, so none arrives in the middle of the flights below.
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the notifications of the admission");
        cache.Evict([VillageScenario.ShiqiaoVillage]);

        // Hold the leader's statement in PostgreSQL: it reads exit_requests, which another session has locked.
        await using var held = await HoldExitRequestsAsync();
        var leader = ReadAsync();
        Assert.True(await Eventually.TrueAsync(async () => await WaitingOnTheLockAsync() == 1), "the leader's read never reached the lock");
        // Each call returns once it awaits: by then it has joined the flight, or begun a read of its own.
        var waiters = Enumerable.Range(0, 4).Select(_ => ReadAsync()).ToList();
        // A change to the village is evicted (as its notification or this node's commit does): a reader from now on must
        // not be handed the read in flight, which began before it.
        cache.Evict([VillageScenario.ShiqiaoVillage]);
        var afterEviction = ReadAsync();
        Assert.True(await Eventually.TrueAsync(async () => await WaitingOnTheLockAsync() == 2), "the reader after the eviction did not read itself");
        Assert.False(leader.IsCompleted || waiters.Any(w => w.IsCompleted) || afterEviction.IsCompleted);

        await held.ReleaseAsync();
        var led = await leader;

        // Each waiter rendered the leader's read (one read, not five).
        Assert.All(await Task.WhenAll(waiters), w => Assert.Same(led.Read, w.Read));
        Assert.NotSame(led.Read, (await afterEviction).Read);
        Assert.Contains(InboxSnapshot.ReadGroups(led.Bytes).SelectMany(g => g.Assignments), a => a.Title == "同村并发只读一次");
        Assert.Equal(0, cache.FlightCount);
        // The leader's read began before the eviction: it was served (to it and its waiters), never kept; the later read was.
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, Rendering, out var kept));
        Assert.Same((await afterEviction).Bytes, kept);
    }

    [Fact]
    public async Task AWaiter_WhoseLeaderFails_ReadsItself()
    {
        await scenario.AdmittedAsync("领读失败自行读取", VillageScenario.Shiqiao);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener never connected");
        // The admission's own notifications evict the village a moment after its commit: let them land before the test's
        // own eviction, so none arrives in the middle of the flights below.
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the notifications of the admission");
        cache.Evict([VillageScenario.ShiqiaoVillage]);

        await using var held = await HoldExitRequestsAsync();
        using var gone = new CancellationTokenSource();
        var leader = ReadAsync(gone.Token);
        Assert.True(await Eventually.TrueAsync(async () => await WaitingOnTheLockAsync() == 1), "the leader's read never reached the lock");
        var waiter = ReadAsync();

        // The leader's request goes away (its client disconnected).
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        await held.ReleaseAsync();

        Assert.Contains(InboxSnapshot.ReadGroups((await waiter).Bytes).SelectMany(g => g.Assignments), a => a.Title == "领读失败自行读取");
    }

    [Fact]
    public async Task AnInboxDueForRenewal_IsServedAtOnce_ToEveryReader_WhileItIsReadAgainBehindThem_AndIsThenKeptAfresh()
    {
        var first = await DueAsync("临期续读不阻塞");
        await using var held = await HoldExitRequestsAsync();

        // The reader that finds it due is served the kept inbox at once, as are the others: the renewal's read runs
        // behind them (one, on its own scope), held here on the lock.
        var readers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReadAsync())).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(readers, r => Assert.Same(first.Bytes, r.Bytes));
        Assert.True(await Eventually.TrueAsync(async () => await WaitingOnTheLockAsync() == 1), "the renewal's read never reached the lock");
        Assert.Equal(1, cache.FlightCount);
        Assert.Equal(1, renewals.InFlight);

        await held.ReleaseAsync();
        await renewals.DrainAsync().WaitAsync(TimeSpan.FromSeconds(30));
        // Kept in the entry's place, for a whole MaxAge from the renewal's read.
        Assert.False(cache.IsDue(VillageScenario.ShiqiaoVillage));
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, Rendering, out var kept));
        Assert.NotSame(first.Bytes, kept);
        Assert.Contains(InboxSnapshot.ReadGroups((byte[])kept!).SelectMany(g => g.Assignments), a => a.Title == "临期续读不阻塞");
        Assert.Equal(0, cache.FlightCount);
        Assert.Equal(0, renewals.InFlight);
    }

    [Fact]
    public async Task WhileEveryRenewalPlaceIsTaken_ADueInboxIsServedWithoutOne_AndItsNextReaderRenewsIt()
    {
        var first = await DueAsync("续读名额已满");
        var taken = 0;
        while (renewals.TryReserve())
        {
            taken++;
        }
        Assert.Equal(InboxRenewals.MaxInFlight, taken);
        try
        {
            Assert.Same(first.Bytes, (await ReadAsync()).Bytes);
            Assert.Equal(0, cache.FlightCount);
            Assert.True(cache.IsDue(VillageScenario.ShiqiaoVillage), "a due inbox was renewed with no place free");
        }
        finally
        {
            for (var i = 0; i < taken; i++)
            {
                renewals.Release();
            }
        }

        Assert.Same(first.Bytes, (await ReadAsync()).Bytes);
        await renewals.DrainAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(cache.IsDue(VillageScenario.ShiqiaoVillage));
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, Rendering, out var kept));
        Assert.NotSame(first.Bytes, kept);
    }

    [Fact]
    public async Task APageDueForRenewal_IsReadAgainByTheReaderThatFoundItDue_ItsRendererBeingTheRequests()
    {
        await DueAsync("页面临期在请求内续读", page: true);
        await using var held = await HoldExitRequestsAsync();
        // The page renders with the request's services: its renewal is read in the request, which waits for it.
        var page = PageAsync();
        Assert.True(await Eventually.TrueAsync(async () => await WaitingOnTheLockAsync() == 1), "the page's renewal never reached the lock");
        Assert.False(page.IsCompleted);
        Assert.Equal(0, renewals.InFlight);

        await held.ReleaseAsync();
        Assert.Contains("页面临期在请求内续读", await page);
        Assert.False(cache.IsDue(VillageScenario.ShiqiaoVillage));
    }

    /// <summary>The village's inbox with <paramref name="title"/> admitted, read and kept, then aged until it is due for renewal.</summary>
    private async Task<(byte[] Bytes, IReadOnlyList<DueGroup> Read)> DueAsync(string title, bool page = false)
    {
        await scenario.AdmittedAsync(title, VillageScenario.Shiqiao);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener never connected");
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never applied the notifications of the admission");
        cache.Evict([VillageScenario.ShiqiaoVillage]);
        var first = await ReadAsync();
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, Rendering, out var kept));
        Assert.Same(first.Bytes, kept);
        if (page)
        {
            Assert.Contains(title, await PageAsync());
        }

        // Five seconds before its backstop: due for renewal, still good to serve — and so are the decisions' verdicts it
        // shows (judged with the read): the renewal judges them again, or its entry would be as old as they are.
        cache.AgeTo(VillageScenario.ShiqiaoVillage, VillageInboxCache.MaxAge - VillageInboxCache.RenewAhead / 2);
        app.Services.GetRequiredService<DecisionVerdictCache>().Backdate(VillageInboxCache.MaxAge - VillageInboxCache.RenewAhead / 2);
        Assert.True(cache.IsDue(VillageScenario.ShiqiaoVillage));
        return first;
    }

    private const string Rendering = "test";

    /// <summary>The page's cards (<see cref="VillageInboxService.OpenPageAsync"/>) as the titles they show, kept under "page:test".</summary>
    private Task<string> PageAsync() => scenario.WithAsync<VillageInboxService, string>(async i => (await i.OpenPageAsync(Shiqiao, "page:test",
        groups => Task.FromResult(string.Join("|", groups.SelectMany(g => g.Assignments).Select(a => a.Title))))).Markup);

    /// <summary>The open inbox rendered as the page's snapshot, and the read each reader rendered from.</summary>
    private async Task<(byte[] Bytes, IReadOnlyList<DueGroup> Read)> ReadAsync(CancellationToken ct = default)
    {
        IReadOnlyList<DueGroup>? read = null;
        var bytes = await scenario.WithAsync<VillageInboxService, byte[]>(i => i.OpenRenderedAsync(Shiqiao, Rendering, groups =>
        {
            read = groups;
            return InboxSnapshot.Write(groups);
        }, ct));
        return (bytes, read!);
    }

    private async Task<long> WaitingOnTheLockAsync()
    {
        await using var conn = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'exit_requests'::regclass AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", conn);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Another session's lock on exit_requests, which every inbox read reads: a read waits in PostgreSQL until the lock is
    /// released (<see cref="HeldLock.ReleaseAsync"/>, or disposed).
    /// </summary>
    private async Task<HeldLock> HoldExitRequestsAsync()
    {
        var blocker = await OpenAsync();
        var tx = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE exit_requests IN ACCESS EXCLUSIVE MODE", blocker, tx))
        {
            await lockTable.ExecuteNonQueryAsync();
        }
        return new HeldLock(blocker, tx);
    }

    private sealed class HeldLock(NpgsqlConnection blocker, NpgsqlTransaction tx) : IAsyncDisposable
    {
        public Task ReleaseAsync() => tx.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await tx.DisposeAsync();
            await blocker.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connectionString = await scenario.WithAsync<AppDbContext, string>(db => Task.FromResult(db.Database.GetConnectionString()!));
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        return conn;
    }
}

/// <summary>The ticket rule of a shared read, on the cache itself.</summary>
public sealed class InboxFlightRuleTests(SqliteApplicationHost app) : IClassFixture<SqliteApplicationHost>
{
    [Fact]
    public void AFlight_IsJoinedOnlyByReadersThatSawNoLaterEviction()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        const string village = VillageScenario.ShiqiaoVillage;
        cache.Connected(TimeSpan.FromMinutes(1));
        try
        {
            var first = cache.JoinOrLead(cache.Begin(village), out var lead);
            Assert.True(lead);
            // A reader that began before the flight's read (an older ticket) may join it: the read began after its ticket.
            Assert.Same(first, cache.JoinOrLead(cache.Begin(village), out lead));
            Assert.False(lead);

            cache.Evict([village]);
            var second = cache.JoinOrLead(cache.Begin(village), out lead);
            Assert.True(lead, "a reader after the eviction joined a read that began before it");
            Assert.NotSame(first, second);

            // Forgetting everything (a lost listener, the org tree) outdates flights the same way.
            cache.EvictAll();
            var third = cache.JoinOrLead(cache.Begin(village), out lead);
            Assert.True(lead);
            cache.Land(third!, new InboxRead([], 0));
            cache.Land(second!, null);
            cache.Land(first!, new InboxRead([], 0));
            Assert.Equal(0, cache.FlightCount);
            Assert.True(second!.Inbox.IsCanceled, "a failed leader's waiters were not told to read themselves");

            // Landed flights are gone: the next miss leads again, and readers after it join it.
            var fourth = cache.JoinOrLead(cache.Begin(village), out _);
            Assert.Same(fourth, cache.JoinOrLead(cache.Begin(village), out lead));
            Assert.False(lead);
            cache.Land(fourth!, new InboxRead([], 0));
        }
        finally
        {
            cache.Disconnected();
        }
        // Not live: nothing is shared.
        Assert.Null(cache.JoinOrLead(cache.Begin(village), out _));
    }

    [Fact]
    public void AnEntryDueForRenewal_IsServed_OneReaderLeadsItsRenewal_WhichIsKeptForAWholeMaxAge()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        const string village = VillageScenario.BailinVillage;
        cache.Connected(TimeSpan.FromMinutes(1));
        try
        {
            cache.Store(cache.Begin(village), OpenInbox.Of("test", new byte[] { 1 }));
            Assert.False(cache.IsDue(village));
            Assert.True(cache.TryHit(village, "test", out _));

            cache.AgeTo(village, VillageInboxCache.MaxAge - VillageInboxCache.RenewAhead / 2);
            Assert.True(cache.IsDue(village));
            // Still served; the fast path sends its reader on to the full path, which leads the renewal.
            Assert.True(cache.TryGet(village, "test", out _, out _));
            Assert.False(cache.TryHit(village, "test", out _));
            var ticket = cache.Begin(village);
            var renewal = cache.LeadRenewal(ticket);
            Assert.NotNull(renewal);
            // One renewal at a time; while it reads, every reader is served the kept entry.
            Assert.Null(cache.LeadRenewal(cache.Begin(village)));
            Assert.True(cache.TryHit(village, "test", out _));

            // A rendering added to the due entry is only as fresh as the entry: still due.
            cache.Store(ticket, OpenInbox.Of("other", new byte[] { 2 }));
            Assert.True(cache.IsDue(village));
            // The renewal's read takes the entry's place, and the older renderings go with it.
            cache.Store(ticket, OpenInbox.Of("test", new byte[] { 3 }), replace: true);
            Assert.False(cache.IsDue(village));
            Assert.True(cache.TryPeek(village, out var fresh));
            Assert.Null(fresh!.Find("other"));
            Assert.Equal(new byte[] { 3 }, (byte[])fresh.Find("test")!);
            cache.Land(renewal!, new InboxRead([], 0));
            Assert.Equal(0, cache.FlightCount);

            // Past MaxAge nothing is served, renewal or not.
            cache.AgeTo(village, VillageInboxCache.MaxAge);
            Assert.False(cache.TryGet(village, "test", out _, out _));
        }
        finally
        {
            cache.Disconnected();
        }
    }
}
