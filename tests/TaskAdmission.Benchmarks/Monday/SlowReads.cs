using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// The slowest requests of a ramp step and where their time went: each answer's latency from its scheduled start and the
/// app's <c>Server-Timing</c> header (on with <c>--Observability:ServerTiming=true</c>). Printed per step as the mean
/// breakdown of the slowest 1 % (at least 3) and the slowest one alone. "outside" is what the app's own frame did not
/// see: the request waiting in the harness, the socket and Kestrel before the first middleware, a thread-pool thread
/// to start on, and the answer's way back.
/// </summary>
public sealed class SlowReads
{
    /// <summary>
    /// The answers kept with their header: the slowest this many of a step. A step's line needs its slowest 1 %, and a
    /// step of 8 s below 25,000 requests/s has fewer than 200,000 answers. Every answer's header was kept before (a
    /// string of ≈ 250 characters per request, alive until the step's end), which the generator's GC had to carry
    /// through its generations while it was timing the server.
    /// </summary>
    private const int Kept = 2_000;

    private readonly PriorityQueue<(double Ms, string Timing, bool Renewed), double> slowest = new(Kept + 1);
    private long timed;
    private long renewedAll;

    /// <param name="timing">The answer's <c>Server-Timing</c> header; an answer without one is not counted.</param>
    /// <param name="renewed">The answer re-issued the session cookie: Identity revalidated it (once a minute per cookie).</param>
    public void Record(long dueTimestamp, HeaderStringValues? timing, bool renewed)
    {
        if (timing is not { } header)
        {
            return;
        }
        var ms = Stopwatch.GetElapsedTime(dueTimestamp).TotalMilliseconds;
        lock (slowest)
        {
            timed++;
            if (renewed) renewedAll++;
            if (slowest.Count < Kept)
            {
                slowest.Enqueue((ms, header.ToString(), renewed), ms);
            }
            else if (ms > slowest.Peek().Ms)
            {
                // The header is made into a string only for an answer that is kept.
                slowest.EnqueueDequeue((ms, header.ToString(), renewed), ms);
            }
        }
    }

    /// <summary>Forgets the previous step's answers.</summary>
    public void Reset()
    {
        lock (slowest)
        {
            slowest.Clear();
            timed = 0;
            renewedAll = 0;
        }
    }

    /// <summary>The step's slowest answers' breakdown, or null when none carried a Server-Timing header.</summary>
    public string? Line()
    {
        List<(double Ms, string Timing, bool Renewed)> kept;
        long count, renewedOfAll;
        lock (slowest)
        {
            kept = [.. slowest.UnorderedItems.Select(i => i.Element)];
            (count, renewedOfAll) = (timed, renewedAll);
        }
        if (count == 0)
        {
            return null;
        }
        var take = (int)Math.Min(kept.Count, Math.Max(3, count / 100));
        var top = kept.OrderByDescending(a => a.Ms).Take(take).ToList();
        var slowestReads = top.Select(a => (a.Ms, Parts: Parse(a.Timing))).ToList();
        var renewed = top.Count(a => a.Renewed);
        return string.Create(CultureInfo.InvariantCulture,
            $"slowest {slowestReads.Count} of {count} ({slowestReads[^1].Ms:0.0}-{slowestReads[0].Ms:0.0} ms; cookie re-issued in {renewed} of them, in {renewedOfAll} of all), " +
            $"mean: {Breakdown(slowestReads)} | the slowest: {Breakdown(slowestReads.Take(1).ToList())}");
    }

    private static string Breakdown(List<(double Ms, Dictionary<string, (double Dur, string? Desc)> Parts)> reads)
    {
        double Mean(string name) => reads.Average(r => r.Parts.TryGetValue(name, out var p) ? p.Dur : 0);
        double MeanDesc(string name) => reads.Average(r => r.Parts.TryGetValue(name, out var p) && double.TryParse(p.Desc, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0);
        var total = reads.Average(r => r.Ms);
        var app = Mean("app");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"total {total:0.0} = outside the app {total - app:0.0} + app {app:0.0} (");
        var names = reads.SelectMany(r => r.Parts.Keys).Distinct().Where(n => n is not ("app" or "gc" or "locks" or "db")).ToList();
        text.Append(string.Join(", ", names.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n} {Mean(n):0.0}"))));
        text.Append(CultureInfo.InvariantCulture, $"); gc pause meanwhile {Mean("gc"):0.0} ms ({MeanDesc("gc"):0.#} gen0), lock contentions meanwhile {MeanDesc("locks"):0.#}, db commands {MeanDesc("db"):0.#}");
        return text.ToString();
    }

    /// <summary>"name;dur=1.2;desc=\"3\", …" → name → (dur, desc).</summary>
    internal static Dictionary<string, (double Dur, string? Desc)> Parse(string header)
    {
        var parts = new Dictionary<string, (double, string?)>(StringComparer.Ordinal);
        foreach (var metric in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = metric.Split(';', StringSplitOptions.TrimEntries);
            double dur = 0;
            string? desc = null;
            foreach (var field in fields.Skip(1))
            {
                if (field.StartsWith("dur=", StringComparison.Ordinal)) double.TryParse(field[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out dur);
                else if (field.StartsWith("desc=", StringComparison.Ordinal)) desc = field[5..].Trim('"');
            }
            parts[fields[0]] = (dur, desc);
        }
        return parts;
    }
}
