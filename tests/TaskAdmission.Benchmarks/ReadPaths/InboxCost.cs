using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Benchmarks.Admission;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Features.Villages;

namespace TaskAdmission.Benchmarks.ReadPaths;

/// <summary>
/// What one inbox read costs and keeps, by counts (no timings: they do not hold on a loaded machine), in process and
/// without HTTP — the endpoint's work after the cookie check, in a request's own scope: per miss (the village just
/// evicted) and per hit, the bytes allocated (process-wide, so the app's idle workers' few bytes are in it), the
/// collections and the bytes they promoted out of gen0 and gen1 (<see cref="GcPromotionMeter"/>; run with
/// <c>DOTNET_GCgen0MaxBudget=0x100000</c> so collections fall often enough to sample); and per cached entry the bytes it
/// keeps alive (the managed heap after a full collection with <c>n</c> entries stored, less the same after they are
/// evicted) and the objects reachable from it (and how many of those no other entry shares).
/// </summary>
internal static class InboxCost
{
    public static async Task RunAsync(IServiceProvider services, IReadOnlyList<string> villages, int n, bool sampleTypes = false)
    {
        var cache = services.GetRequiredService<VillageInboxCache>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var sample = Enumerable.Range(0, n).Select(i => villages[(int)((i * 7919L) % villages.Count)]).Distinct().ToList();
        var actors = sample.Select(v => new Actor(v, AppRoles.VillageCommittee, null, v)).ToList();
        for (var wait = 0; !cache.IsLive && wait < 200; wait++)
        {
            await Task.Delay(50);
        }
        Console.WriteLine($"read-paths | inbox cost by counts, {sample.Count} villages, in process without HTTP (cache live: {cache.IsLive}); {GcPromotionMeter.Mode()}");
        using var gc = new GcPromotionMeter();

        // Warm-up: every code path JIT-compiled and the shared parts (titles, decisions) of the sample's work known.
        foreach (var english in new[] { false, true })
        {
            for (var i = 0; i < Math.Min(40, sample.Count); i++)
            {
                cache.Evict([sample[i]]);
                _ = await ApiBodyAsync(services, actors[i], english, json);
                _ = await ApiBodyAsync(services, actors[i], !english, json);
                cache.Evict([sample[i]]);
                _ = await PageReadsAsync(services, actors[i], english);
                _ = await PageReadsAsync(services, actors[i], english);
                _ = await PageReadsAsync(services, actors[i], !english);
            }
        }
        cache.EvictAll();
        Full();

        // The first pass also judges the decisions not yet seen (their verdicts are then kept): a miss of a village
        // whose decision a neighbour's read has judged already is the second pass.
        var first = await MeasureAsync(gc, sample.Count, i => ApiBodyAsync(services, actors[i], false, json));
        cache.EvictAll();
        var misses = await MeasureAsync(gc, sample.Count, i => ApiBodyAsync(services, actors[i], false, json));
        var stored = cache.Count;
        var hits = await MeasureAsync(gc, sample.Count, i => ApiBodyAsync(services, actors[i], false, json));
        // revalidate=1: the same villages' entries made MaxAge old, each right before its read, which revalidates it
        // (one fingerprint statement, nothing changed: the entry renewed); then with every decision verdict made MaxAge
        // old too, so each revalidation also checks its decisions' seals again (the worst case: on a ramp one village's
        // check serves a decision's 500-1,000 villages for the next minute).
        string? renewed = null, renewedSeals = null;
        if (cache.Revalidates)
        {
            var verdicts = services.GetRequiredService<DecisionVerdictCache>();
            var (unchanged, changed) = cache.Revalidations;
            renewed = await MeasureAfterAsync(sample.Count, i =>
            {
                cache.Backdate(sample[i], VillageInboxCache.MaxAge);
                return Task.CompletedTask;
            }, i => ApiBodyAsync(services, actors[i], false, json));
            renewedSeals = await MeasureAfterAsync(sample.Count, i =>
            {
                cache.Backdate(sample[i], VillageInboxCache.MaxAge);
                verdicts.Backdate(VillageInboxCache.MaxAge);
                return Task.CompletedTask;
            }, i => ApiBodyAsync(services, actors[i], false, json));
            var after = cache.Revalidations;
            renewed += $"; revalidations {after.Unchanged - unchanged} unchanged, {after.Changed - changed} changed over both lines";
        }
        var (bytes, objects, own, jsonBytes) = Kept(cache, sample);
        // Each village evicted and read in one language right before its measured read: no entry is older than MaxAge.
        var other = await MeasureAfterAsync(sample.Count, async i =>
        {
            cache.Evict([sample[i]]);
            await ApiBodyAsync(services, actors[i], false, json);
        }, i => ApiBodyAsync(services, actors[i], true, json));
        var (bytes2, objects2, own2, _) = Kept(cache, sample);
        cache.EvictAll();
        var page = await MeasureAfterAsync(sample.Count, i =>
        {
            cache.Evict([sample[i]]);
            return Task.CompletedTask;
        }, i => PageReadsAsync(services, actors[i]));
        cache.EvictAll();
        var markup = 0L;
        var pageHits = await MeasureAfterAsync(sample.Count, async i =>
        {
            cache.Evict([sample[i]]);
            markup += await PageReadsAsync(services, actors[i]);
        }, i => PageReadsAsync(services, actors[i]));
        var pageOther = await MeasureAfterAsync(sample.Count, async i =>
        {
            cache.Evict([sample[i]]);
            await PageReadsAsync(services, actors[i]);
        }, i => PageReadsAsync(services, actors[i], english: true));
        var (bytes3, objects3, own3, _) = Kept(cache, sample);
        // The recent done list's read alone: as views with their decisions judged (what the page read until session 15,
        // and the API's done list still reads), and as the lines the page shows.
        var doneViews = await MeasureAfterAsync(sample.Count, _ => Task.CompletedTask, async i =>
        {
            await using var scope = services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<VillageInboxService>().DoneAsync(actors[i], VillageInboxService.RecentDoneRows)).Count;
        });
        var doneLines = await MeasureAfterAsync(sample.Count, _ => Task.CompletedTask, async i =>
        {
            await using var scope = services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<VillageInboxService>().DoneLinesAsync(sample[i], CancellationToken.None)).Count;
        });
        cache.EvictAll();

        if (sampleTypes)
        {
            // What a miss allocates, by type: the runtime's allocation samples (one per ≈ 100 KB) over the misses.
            using var sampler = new GcPromotionMeter(sampleAllocations: true);
            cache.EvictAll();
            _ = sampler.TakeSamples();
            for (var i = 0; i < sample.Count; i++)
            {
                await ApiBodyAsync(services, actors[i], false, json);
            }
            await Task.Delay(500);
            var samples = sampler.TakeSamples();
            var total = Math.Max(1, samples.Values.Sum());
            Console.WriteLine($"read-paths |   a miss's allocations by type (runtime samples over {sample.Count} misses; share of the sampled bytes):");
            foreach (var (type, bytesOfType) in samples.OrderByDescending(t => t.Value).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read-paths |     {bytesOfType * 100.0 / total,5:0.0} %  {type}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   API miss, decisions not yet judged           {first}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   API miss (evicted, read, JSON in Chinese)   {misses}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   API hit (the same villages, Chinese)        {hits}"));
        if (renewed is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read-paths |   API at MaxAge, revalidated unchanged (verdicts young) {renewed.Split("; ")[0]}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read-paths |   API at MaxAge, revalidated unchanged, seals checked again {renewedSeals}; {renewed.Split("; ")[1]}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   API, the other language's first read        {other}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   /village page's cards and done list (markup), after an eviction {page}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   /village page's cards and done list (markup), cached {pageHits}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   /village page's cards and done list (markup), the other language's first {pageOther}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   recent done list's read (20 rows at most) as judged views {doneViews}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   recent done list's read as the page's lines            {doneLines}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read-paths |   kept per cached entry ({stored} stored): after the API in Chinese {bytes / 1024.0:0.0} KiB, {objects:0.0} objects reachable ({own:0.0} its own), JSON {jsonBytes / 1024.0:0.0} KiB; " +
            $"after both languages {bytes2 / 1024.0:0.0} KiB, {objects2:0.0} objects ({own2:0.0} own); after the page in both languages only {bytes3 / 1024.0:0.0} KiB, {objects3:0.0} objects ({own3:0.0} own); " +
            $"the page's markup {markup / (double)sample.Count:0} characters a language"));
    }

    /// <summary>
    /// Bytes allocated by <paramref name="read"/> alone, each run right after its <paramref name="prepare"/> (not counted);
    /// collections are not split between the two, so they are not given.
    /// </summary>
    private static async Task<string> MeasureAfterAsync(int runs, Func<int, Task> prepare, Func<int, Task<int>> read)
    {
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            await prepare(i);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            _ = await read(i);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        return string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / 1024.0 / runs:0.0} KiB (per read, mean of {runs}, each right after its set-up)");
    }

    /// <summary>What GET /api/v1/villages/me/assignments does after the cookie check (VillageApi.InboxAsync).</summary>
    private static async Task<int> ApiBodyAsync(IServiceProvider services, Actor actor, bool english, JsonSerializerOptions json)
    {
        await using var scope = services.CreateAsyncScope();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var body = await VillageApi.OpenJsonAsync(scope.ServiceProvider.GetRequiredService<VillageInboxService>(), actor, english, json);
            return body.Length;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// What the /village page shows of the inbox (VillageInboxPage.LoadAsync): the cards and the recent done list as
    /// markup, from the cache or rendered and kept — the page's own fixed markup (layout, form, agreements) not included.
    /// </summary>
    private static async Task<int> PageReadsAsync(IServiceProvider services, Actor actor, bool english = false)
    {
        await using var scope = services.CreateAsyncScope();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var inbox = scope.ServiceProvider.GetRequiredService<VillageInboxService>();
            var (cards, _, done) = await InboxPageMarkup.LoadAsync(inbox, scope.ServiceProvider, actor, scope.ServiceProvider.GetRequiredService<ChinaClock>().Today);
            return cards.Length + done.Length;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private readonly record struct PerRead(double Bytes, GcPromotionMeter.Totals Gc, int Runs)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"allocated {Bytes / 1024:0.0} KiB, gen0/gen1/gen2 collections per 1,000 reads {Gc.Gen0 * 1000:0.0}/{Gc.Gen1 * 1000:0.0}/{Gc.Gen2 * 1000:0.0}, " +
            $"promoted out of gen0 {Gc.PromotedFromGen0 / 1024:0.00} KiB, out of gen1 {Gc.PromotedFromGen1 / 1024:0.00} KiB (per read, mean of {Runs})");
    }

    private static async Task<PerRead> MeasureAsync(GcPromotionMeter gc, int runs, Func<int, Task<int>> read)
    {
        var mark = GcPromotionMeter.Mark();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            _ = await read(i);
        }
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)runs;
        return new PerRead(bytes, gc.Since(mark).Over(runs), runs);
    }

    /// <summary>Bytes kept alive per entry (heap with the entries less the heap without), objects reachable from one.</summary>
    private static (double Bytes, double Objects, double Own, double Json) Kept(VillageInboxCache cache, IReadOnlyList<string> sample)
    {
        var entries = new List<OpenInbox>();
        foreach (var village in sample)
        {
            if (cache.TryPeek(village, out var inbox))
            {
                entries.Add(inbox!);
            }
        }
        var shared = SharedRoots();
        var (objects, own, json) = (0.0, 0.0, 0.0);
        foreach (var entry in entries.Take(20))
        {
            var reachable = Walk(entry, null);
            objects += reachable.Count;
            own += reachable.Count(o => !shared.Contains(o));
            json += reachable.OfType<byte[]>().Sum(b => (double)b.Length);
        }
        var walked = Math.Max(1, Math.Min(20, entries.Count));
        entries.Clear();
        Full();
        var with = GC.GetTotalMemory(forceFullCollection: true);
        var kept = sample.Where(v => cache.TryPeek(v, out _)).ToList();
        cache.Evict(kept);
        Full();
        var without = GC.GetTotalMemory(forceFullCollection: true);
        return ((with - without) / (double)Math.Max(1, kept.Count), objects / walked, own / walked, json / walked);
    }

    private static void Full()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>What every entry may share: the static tables of <see cref="SharedViewParts"/> and what they reach.</summary>
    private static HashSet<object> SharedRoots()
    {
        var shared = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var field in typeof(SharedViewParts).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
        {
            if (field.GetValue(null) is { } root && !field.FieldType.IsPrimitive)
            {
                Walk(root, shared);
            }
        }
        Walk(StringComparer.Ordinal, shared);
        return shared;
    }

    /// <summary>Every object reachable from <paramref name="root"/> by its fields and array elements (reflection).</summary>
    private static HashSet<object> Walk(object root, HashSet<object>? into)
    {
        var seen = into ?? new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            if (!seen.Add(o))
            {
                continue;
            }
            var type = o.GetType();
            if (type == typeof(string) || type.IsPrimitive || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type)
                || typeof(MemberInfo).IsAssignableFrom(type))
            {
                continue;
            }
            if (o is Array array)
            {
                var element = type.GetElementType()!;
                if (element.IsPrimitive || element.IsEnum)
                {
                    continue;
                }
                foreach (var item in array)
                {
                    if (item is not null && !element.IsValueType)
                    {
                        stack.Push(item);
                    }
                    else if (item is not null)
                    {
                        PushFields(item, stack);
                    }
                }
                continue;
            }
            PushFields(o, stack);
        }
        return seen;
    }

    private static void PushFields(object o, Stack<object> stack)
    {
        for (var type = o.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPrimitive || field.FieldType.IsEnum || field.FieldType.IsPointer)
                {
                    continue;
                }
                var value = field.GetValue(o);
                if (value is null)
                {
                    continue;
                }
                if (field.FieldType.IsValueType && !field.FieldType.IsPrimitive)
                {
                    PushFields(value, stack);
                }
                else
                {
                    stack.Push(value);
                }
            }
        }
    }
}
