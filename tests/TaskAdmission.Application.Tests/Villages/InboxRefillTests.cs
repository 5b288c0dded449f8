using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>
/// An eviction that removes a village's kept inbox has it read again in the background (<see cref="VillageInboxRefiller"/>),
/// under a reader's rules: the ticket before the statement, no store after a later eviction, readers that miss meanwhile
/// served by its read. Only villages that had an entry; nothing with <c>Villages:InboxRefill</c> off.
/// </summary>
public sealed class PostgresInboxRefillTests(PostgresRefillApplicationHost app) : IClassFixture<PostgresRefillApplicationHost>
{
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);
    private readonly VillageScenario scenario = new(app.Services);
    private readonly VillageInboxCache cache = app.Services.GetRequiredService<VillageInboxCache>();
    private readonly VillageInboxListener listener = app.Services.GetServices<IHostedService>().OfType<VillageInboxListener>().Single();
    private readonly VillageInboxRefiller refiller = app.Services.GetServices<IHostedService>().OfType<VillageInboxRefiller>().Single();

    [Fact]
    public async Task Dispatch_EvictingAKeptInbox_RefillsItWithoutAReader_ShowingTheNewWork_AndTheNextReadIsAHit()
    {
        await KeptAsync();
        var before = refiller.Counts;

        var submission = await scenario.AdmittedAsync("派发后后台补读", VillageScenario.Shiqiao);
        var id = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments
            .Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());

        // No reader of 石桥村 from here on: only the refill can put its inbox back, with the dispatched work on it.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            cache.TryPeek(VillageScenario.ShiqiaoVillage, out var entry) && entry!.Bytes(VillageInboxService.PageRendering) is { } page
                && InboxSnapshot.ReadGroups(page).SelectMany(g => g.Assignments).Any(a => a.Id == id))),
            "the dispatch's eviction was not refilled with the new work");
        Assert.True(refiller.Counts.Refilled > before.Refilled, "the entry came back, but not by the refill");
        Assert.True(refiller.Counts.Batches > before.Batches);

        // The next read is a hit (its rendering is kept) and shows the work, as a read of the database does.
        Assert.True(cache.TryGet(VillageScenario.ShiqiaoVillage, VillageInboxService.PageRendering, out _), "the next read was not a hit");
        var shown = await OpenIdsAsync();
        Assert.Contains(id, shown);
        Assert.Equal(await ReadIdsAsync(), shown.Order());
    }

    [Fact]
    public async Task EvictionBetweenTheRefillsTicketAndItsStore_RefusesTheStore()
    {
        await KeptAsync();
        var before = refiller.Counts;
        var evictedDuring = 0;
        refiller.BeforeStore = villages =>
        {
            if (villages.Contains(VillageScenario.ShiqiaoVillage) && Interlocked.Exchange(ref evictedDuring, 1) == 0)
            {
                // A change committed after the refill's statement read the rows: what it read must not be kept.
                cache.Evict([VillageScenario.ShiqiaoVillage]);
            }
            return Task.CompletedTask;
        };
        try
        {
            cache.Evict([VillageScenario.ShiqiaoVillage]);

            Assert.True(await Eventually.TrueAsync(() => Task.FromResult(refiller.Counts.Refused > before.Refused)), "the refill's store was not refused");
        }
        finally
        {
            refiller.BeforeStore = null;
        }
        Assert.Equal(1, evictedDuring);
        Assert.False(cache.TryPeek(VillageScenario.ShiqiaoVillage, out _), "a refill read before an eviction was kept after it");
        Assert.Equal(before.Refilled, refiller.Counts.Refilled);
        Assert.Equal(0, cache.FlightCount);
    }

    [Fact]
    public async Task ReaderThatMisses_WhileTheRefillsReadIsInTheAir_IsServedItsRead()
    {
        await KeptAsync();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        refiller.BeforeStore = async villages =>
        {
            if (villages.Contains(VillageScenario.ShiqiaoVillage))
            {
                reached.TrySetResult();
                await release.Task;
            }
        };
        Task<List<Guid>> reader;
        try
        {
            cache.Evict([VillageScenario.ShiqiaoVillage]);
            await reached.Task.WaitAsync(Eventually.DefaultBound);
            Assert.Equal(1, cache.FlightCount);

            // The refill has read 石桥村 and holds before its store: a reader that misses now joins its flight and waits
            // for it (its own read would take milliseconds).
            reader = OpenIdsAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(reader.IsCompleted, "the reader read on its own instead of joining the refill's read");
        }
        finally
        {
            release.TrySetResult();
            refiller.BeforeStore = null;
        }

        var shown = await reader.WaitAsync(Eventually.DefaultBound);
        Assert.Equal(await ReadIdsAsync(), shown.Order());
        Assert.True(cache.TryPeek(VillageScenario.ShiqiaoVillage, out _), "neither the refill nor the reader kept the read");
        Assert.Equal(0, cache.FlightCount);
    }

    [Fact]
    public async Task OnlyVillagesWithAnEntry_AreQueued()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        const string never = "990199000077";
        Assert.False(cache.TryPeek(never, out _));
        var queued = cache.RefillsQueuedTotal;

        cache.Evict([never]);
        cache.EvictList(never);

        Assert.Equal(queued, cache.RefillsQueuedTotal);
        await Task.Delay(200);
        Assert.False(cache.TryPeek(never, out _), "a village without an entry was refilled");

        // With an entry: queued once, however often it is evicted before the refill takes it.
        await KeptAsync();
        queued = cache.RefillsQueuedTotal;
        cache.Evict([VillageScenario.ShiqiaoVillage]);
        Assert.Equal(queued + 1, cache.RefillsQueuedTotal);
    }

    /// <summary>石桥村's inbox read and kept, with the listener caught up (nothing in flight evicts it behind the test).</summary>
    private async Task KeptAsync()
    {
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        Assert.True(await listener.CaughtUpAsync(Eventually.DefaultBound), "the listener never caught up");
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await OpenIdsAsync();
            return cache.TryPeek(VillageScenario.ShiqiaoVillage, out _) && cache.FlightCount == 0;
        }), "石桥村's inbox was not kept");
    }

    private async Task<List<Guid>> OpenIdsAsync() =>
        (await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments).Select(a => a.Id).ToList();

    /// <summary>石桥村's open work read through the shared gate, bypassing the cache.</summary>
    private Task<List<Guid>> ReadIdsAsync() =>
        scenario.WithAsync<AppDbContext, List<Guid>>(db => AdmittedWork.ForVillage(db, VillageScenario.ShiqiaoVillage)
            .Where(a => AdmittedWork.OpenStatuses.Contains(a.Status)).Select(a => a.Id).OrderBy(a => a).ToListAsync());
}

/// <summary><c>Villages:InboxRefill</c> off: an eviction leaves the village without an entry until a reader reads it.</summary>
public sealed class PostgresInboxRefillOffTests(PostgresApplicationHost app) : IClassFixture<PostgresApplicationHost>
{
    [Fact]
    public async Task OptionOff_NothingIsQueuedOrRefilled()
    {
        var cache = app.Services.GetRequiredService<VillageInboxCache>();
        var refiller = app.Services.GetServices<IHostedService>().OfType<VillageInboxRefiller>().Single();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(cache.IsLive)), "the inbox listener is not connected");
        const string village = "990199000078";
        cache.Store(cache.Begin(village), OpenInbox.Of("test", Array.Empty<byte>()));
        var queued = cache.RefillsQueuedTotal;

        cache.Evict([village]);
        await Task.Delay(200);

        Assert.Equal(queued, cache.RefillsQueuedTotal);
        Assert.Equal(0, refiller.Counts.Batches);
        Assert.False(cache.TryPeek(village, out _));
    }
}
