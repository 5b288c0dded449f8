using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// Reads again, in the background, the open inboxes that an eviction just took from <see cref="VillageInboxCache"/>
/// (a commit of this process, another's notification), in batches of up to <see cref="BatchSize"/> villages — one
/// statement for all their rows — and keeps each village's language-neutral snapshot
/// (<see cref="VillageInboxService.PageRendering"/>), from which the page and the API render either language without a
/// read. The next reader of such a village hits (or derives) instead of paying a miss of its own (issue 20: under the
/// write stream most misses were villages a decision or a dispatch chunk had just evicted, many readers of a hot village
/// at once).
/// </summary>
/// <remarks>
/// A refill is a read like a reader's miss, under the same rules: each village's ticket (<see cref="VillageInboxCache.Begin"/>)
/// is taken before the statement, and its result stored only if no eviction of the village (or of all) came since
/// (<see cref="VillageInboxCache.Store"/> refuses it otherwise: no stale fill). For each village it leads a flight
/// (<see cref="VillageInboxCache.JoinOrLead"/>), so readers that miss meanwhile await its read under the ticket rule; a
/// village whose read another reader already leads, or that has an entry again, is skipped. A failure lands the flights
/// as failed (their readers read themselves) and is logged. PostgreSQL only, while <c>Villages:InboxRefill</c> is on.
/// The entries it keeps have no <see cref="OpenInbox.Basis"/>: at <see cref="VillageInboxCache.MaxAge"/> they are read
/// again in full rather than revalidated (revalidation is off by default, and a fingerprint per village would be a
/// statement per village, which the batch is there to avoid).
/// </remarks>
public sealed partial class VillageInboxRefiller(IServiceScopeFactory scopes, VillageInboxCache cache, DecisionVerdictCache verdicts,
    DecidingUnitNames unitNames, IOptions<VillageOptions> options, ILogger<VillageInboxRefiller> log) : BackgroundService
{
    /// <summary>Villages per batch: a dispatch chunk's (<see cref="VillageOptions.DispatchChunk"/>'s default).</summary>
    public const int BatchSize = 200;

    /// <summary>How long the first queued village waits for the rest of its chunk's evictions before the batch is read.</summary>
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(5);

    /// <summary>Tests: runs between a batch's read and its stores (with the villages read).</summary>
    internal Func<IReadOnlyList<string>, Task>? BeforeStore { get; set; }

    private long batches;
    private long refilled;
    private long refused;

    /// <summary>This refiller's batches, villages kept and stores refused so far (tests).</summary>
    internal (long Batches, long Refilled, long Refused) Counts => (Interlocked.Read(ref batches), Interlocked.Read(ref refilled), Interlocked.Read(ref refused));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.InboxRefill || !cache.Enabled || !await OnPostgresAsync())
        {
            return;
        }
        cache.Refilling = true;
        try
        {
            while (await cache.WaitForRefillsAsync(stoppingToken))
            {
                await Task.Delay(Coalesce, stoppingToken);
                var villages = cache.TakeRefills(BatchSize);
                if (villages.Count > 0)
                {
                    await RefillAsync(villages, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            cache.Refilling = false;
        }
    }

    /// <summary>One batch: tickets and flights, one read of every village's rows, the verdicts judged once, a store per village.</summary>
    internal async Task RefillAsync(IReadOnlyList<string> villages, CancellationToken ct)
    {
        var leading = new List<(string Village, VillageInboxCache.Ticket Ticket, VillageInboxCache.Flight Flight)>(villages.Count);
        var skipped = 0;
        foreach (var village in villages)
        {
            // The ticket first, as a reader's miss: an eviction after it refuses this refill's store and outdates its flight.
            var ticket = cache.Begin(village);
            if (!ticket.Live || cache.TryPeek(village, out _))
            {
                // Not live (nothing may be kept), or a reader kept the village again since its eviction.
                skipped++;
                continue;
            }
            var flight = cache.JoinOrLead(ticket, out var lead);
            if (flight is null || !lead)
            {
                // A reader's read of the village is in flight already: it keeps what it reads.
                skipped++;
                continue;
            }
            leading.Add((village, ticket, flight));
        }
        if (leading.Count == 0)
        {
            Hosting.PlatformMetrics.InboxRefillBatch(0, 0, skipped, 0);
            return;
        }
        var landed = 0;
        var (kept, refusedHere) = (0, 0);
        var started = Environment.TickCount64;
        double readMs = 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await AssignmentQueries.OpenRowsOfVillagesAsync(db, [.. leading.Select(l => l.Village)], ct, await unitNames.GetAsync(db, ct));
            var (checks, judgedAt) = await AssignmentQueries.JudgeAsync(db, [.. rows.Values.SelectMany(r => r)], verdicts, ct);
            readMs = Environment.TickCount64 - started;
            if (BeforeStore is { } hook)
            {
                await hook([.. leading.Select(l => l.Village)]);
            }
            for (; landed < leading.Count; landed++)
            {
                var (village, ticket, flight) = leading[landed];
                var groups = AssignmentQueries.GroupByDue(AssignmentQueries.Build(rows[village], checks));
                var read = new InboxRead(groups, judgedAt);
                if (cache.Store(ticket, OpenInbox.Of(VillageInboxService.PageRendering, InboxSnapshot.Write(groups)), judgedAt))
                {
                    kept++;
                }
                else
                {
                    refusedHere++;
                }
                // Readers that joined render from this read (what they would have read themselves: the same ticket rule).
                cache.Land(flight, read);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogFailed(leading.Count, ex);
        }
        finally
        {
            // Failed or cancelled: the flights' readers read themselves.
            for (; landed < leading.Count; landed++)
            {
                cache.Land(leading[landed].Flight, null);
            }
            Interlocked.Increment(ref batches);
            Interlocked.Add(ref refilled, kept);
            Interlocked.Add(ref refused, refusedHere);
            Hosting.PlatformMetrics.InboxRefillBatch(kept, refusedHere, skipped, readMs);
        }
    }

    private async Task<bool> OnPostgresAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.IsNpgsql();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Village inbox refill: a batch of {Count} villages failed; their readers read themselves")]
    private partial void LogFailed(int count, Exception ex);
}
