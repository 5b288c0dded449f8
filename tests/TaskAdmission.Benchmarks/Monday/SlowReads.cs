using System.Diagnostics;
using System.Globalization;
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
    private readonly List<(double Ms, string? Timing, bool Renewed)> answers = [];

    /// <param name="renewed">The answer re-issued the session cookie: Identity revalidated it (once a minute per cookie).</param>
    public void Record(long dueTimestamp, string? serverTiming, bool renewed)
    {
        var ms = Stopwatch.GetElapsedTime(dueTimestamp).TotalMilliseconds;
        lock (answers)
        {
            // Bounded: the closed-loop rounds record too, and nothing reads them (a ramp step resets first).
            if (answers.Count < 200_000) answers.Add((ms, serverTiming, renewed));
        }
    }

    /// <summary>Forgets the previous step's answers.</summary>
    public void Reset()
    {
        lock (answers)
        {
            answers.Clear();
        }
    }

    /// <summary>The step's slowest answers' breakdown, or null when none carried a Server-Timing header.</summary>
    public string? Line()
    {
        List<(double Ms, string? Timing, bool Renewed)> all;
        lock (answers)
        {
            all = [.. answers];
        }
        var timed = all.Where(a => a.Timing is not null).OrderByDescending(a => a.Ms).ToList();
        if (timed.Count == 0)
        {
            return null;
        }
        var take = Math.Max(3, timed.Count / 100);
        var slowest = timed.Take(take).Select(a => (a.Ms, Parts: Parse(a.Timing!))).ToList();
        var renewed = timed.Take(take).Count(a => a.Renewed);
        return string.Create(CultureInfo.InvariantCulture,
            $"slowest {slowest.Count} of {timed.Count} ({slowest[^1].Ms:0.0}-{slowest[0].Ms:0.0} ms; cookie re-issued in {renewed} of them, in {timed.Count(a => a.Renewed)} of all), " +
            $"mean: {Breakdown(slowest)} | the slowest: {Breakdown(slowest.Take(1).ToList())}");
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
