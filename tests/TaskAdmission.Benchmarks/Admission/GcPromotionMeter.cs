using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime;

namespace TaskAdmission.Benchmarks.Admission;

/// <summary>
/// What survives the garbage collections of a stretch of work, exactly: every collection of the process with its
/// generation and the bytes it promoted, from the runtime's own GC events in process (GCStart_V2: the collection's
/// number and generation; GCHeapStats_V2 after its end: <c>TotalPromotedSize0</c> = bytes that survived gen0 into gen1,
/// <c>TotalPromotedSize1</c> = bytes that survived gen1 into gen2). <see cref="GC.GetGCMemoryInfo(GCKind)"/> keeps only
/// the last collection of each kind, so a stage with two gen0 collections would lose one; the events lose none.
/// </summary>
/// <remarks>
/// A stretch is the collections whose number lies between the last collection's number
/// (<see cref="GCMemoryInfo.Index"/>) at its start and at its end; the events reach the listener on the runtime's
/// dispatch thread a little later, so <see cref="Since"/> waits until the last one's statistics have arrived.
/// What a stretch promotes is what was alive when its collections ran — its own objects and anything older still
/// reachable (caches, the previous stage's results) — so its figure is an average over many stretches, not a property
/// of one.
/// </remarks>
public sealed class GcPromotionMeter : EventListener
{
    private const int GcStart = 1; // GCStart_V2: Count, Depth, Reason, Type
    private const int GcEnd = 2; // GCEnd_V1: Count, Depth
    private const int HeapStats = 4; // GCHeapStats_V2: GenerationSize0, TotalPromotedSize0, GenerationSize1, TotalPromotedSize1, …
    private const int AllocationTick = 10; // GCAllocationTick_V4 (Verbose): about every 100 KB allocated; AllocationAmount64 [3], TypeName [5]

    private readonly Dictionary<long, Collection> collections = [];
    private long lastEnded;
    private long lastWithStats;
    private readonly bool sampleAllocations;
    private readonly Dictionary<string, long> sampledByType = new(StringComparer.Ordinal);

    /// <param name="sampleAllocations">Also keep the runtime's allocation samples by type (<see cref="TakeSamples"/>).</param>
    public GcPromotionMeter(bool sampleAllocations = false)
    {
        this.sampleAllocations = sampleAllocations;
        // Collections before the meter existed send no statistics: a first stretch without a collection must not wait for them.
        lastWithStats = Mark();
        lastEnded = lastWithStats;
        if (sampleAllocations && runtime is not null)
        {
            EnableEvents(runtime, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    // Set by OnEventSourceCreated, which the base constructor calls for the sources that already exist (before this
    // constructor's body runs), so the body can enable the allocation samples on it.
    private EventSource? runtime;

    /// <summary>
    /// The allocation samples (one per ≈ 100 KB allocated, by the type of the object that crossed the mark) since the
    /// last call, and clears them. They arrive a little after the allocation, so a stage's first samples may fall in the
    /// previous one: for finding what a stage allocates, not for its exact total.
    /// </summary>
    public IReadOnlyDictionary<string, long> TakeSamples()
    {
        lock (sampledByType)
        {
            var taken = new Dictionary<string, long>(sampledByType, StringComparer.Ordinal);
            sampledByType.Clear();
            return taken;
        }
    }

    /// <summary>One collection: its generation (0, 1, 2), whether it ran in the background, and what it promoted.</summary>
    public readonly record struct Collection(int Generation, bool Background, long PromotedFromGen0, long PromotedFromGen1);

    /// <summary>A stretch's collections per generation and the bytes they promoted out of gen0 and gen1.</summary>
    public readonly record struct Totals(double Gen0, double Gen1, double Gen2, double PromotedFromGen0, double PromotedFromGen1)
    {
        public static Totals operator +(Totals a, Totals b) =>
            new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.PromotedFromGen0 + b.PromotedFromGen0, a.PromotedFromGen1 + b.PromotedFromGen1);

        public Totals Over(int n) => new(Gen0 / n, Gen1 / n, Gen2 / n, PromotedFromGen0 / n, PromotedFromGen1 / n);
    }

    /// <summary>The number of the last collection the runtime finished: a stretch's start mark.</summary>
    public static long Mark() => GC.GetGCMemoryInfo(GCKind.Any).Index;

    /// <summary>How the process collects (the harness runs the app in its own process, so its GC is the harness's).</summary>
    public static string Mode() =>
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(GCSettings.LatencyMode)}, " +
        $"DATAS {(AppContext.GetData("System.GC.DynamicAdaptationMode") ?? Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode") ?? "(default)")}, " +
        $"gen0 budget at most {Environment.GetEnvironmentVariable("DOTNET_GCGen0MaxBudget") ?? "(default)"}";

    /// <summary>The collections after <paramref name="mark"/> up to the last finished now, waiting for their events.</summary>
    public Totals Since(long mark)
    {
        var end = Mark();
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref lastWithStats) < end && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(5);
        }
        lock (collections)
        {
            if (lastWithStats < end)
            {
                throw new InvalidOperationException($"GC events: collection {end} finished but its statistics did not arrive (last {lastWithStats})");
            }
            var totals = new Totals();
            for (var n = mark + 1; n <= end; n++)
            {
                if (collections.Remove(n, out var c))
                {
                    totals += new Totals(c.Generation == 0 ? 1 : 0, c.Generation == 1 ? 1 : 0, c.Generation == 2 ? 1 : 0, c.PromotedFromGen0, c.PromotedFromGen1);
                }
            }
            foreach (var old in collections.Keys.Where(k => k <= end).ToList())
            {
                collections.Remove(old);
            }
            return totals;
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            runtime = eventSource;
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        // In order on one dispatch thread; a collection's heap statistics follow its end event (a background gen2's
        // foreground gen0/gen1 collections start, end and report inside it, each before the next event of the gen2).
        switch (e.EventId)
        {
            case GcStart when e.Payload is { Count: >= 4 } start:
                lock (collections)
                {
                    var number = Convert.ToInt64(start[0], CultureInfo.InvariantCulture);
                    collections[number] = new Collection(Convert.ToInt32(start[1], CultureInfo.InvariantCulture), Convert.ToInt32(start[3], CultureInfo.InvariantCulture) == 1, 0, 0);
                }
                break;
            case GcEnd when e.Payload is { Count: >= 1 } end:
                lastEnded = Convert.ToInt64(end[0], CultureInfo.InvariantCulture);
                break;
            case HeapStats when e.Payload is { Count: >= 4 } stats:
                lock (collections)
                {
                    if (collections.TryGetValue(lastEnded, out var c))
                    {
                        collections[lastEnded] = c with
                        {
                            PromotedFromGen0 = Convert.ToInt64(stats[1], CultureInfo.InvariantCulture),
                            PromotedFromGen1 = Convert.ToInt64(stats[3], CultureInfo.InvariantCulture),
                        };
                    }
                    Volatile.Write(ref lastWithStats, Math.Max(lastWithStats, lastEnded));
                }
                break;
            case AllocationTick when sampleAllocations && e.Payload is { Count: >= 6 } tick:
                lock (sampledByType)
                {
                    var type = tick[5] as string ?? "?";
                    sampledByType[type] = sampledByType.GetValueOrDefault(type) + Convert.ToInt64(tick[3], CultureInfo.InvariantCulture);
                }
                break;
            default:
                break;
        }
    }
}
