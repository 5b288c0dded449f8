using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Benchmarks.Admission;

/// <summary>
/// Counts and times every database statement the process sends, from Npgsql's own traces (the "Npgsql" activity
/// source: EF's commands and batches, raw commands), grouped by the statement's shape, and the engine's step spans.
/// A round trip is one traced command or batch; its statements are its SQL text's semicolon-separated parts. What a
/// submission costs in statements is then a count, not a guess.
/// </summary>
public sealed partial class StatementMeter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> shapes = new();
    private int statements;
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> engineSteps = new();

    public StatementMeter()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" || s.Name == WorkflowTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int RoundTrips => shapes.Values.Sum(v => v.Count);

    public int Statements => Volatile.Read(ref statements);

    public double StatementMs => shapes.Values.Sum(v => v.Ms);

    public void Reset()
    {
        shapes.Clear();
        engineSteps.Clear();
        Interlocked.Exchange(ref statements, 0);
    }

    /// <summary>The heaviest statement shapes (by total time), and the engine steps, for a profile printout.</summary>
    public IEnumerable<string> Report(int top, int perUnit)
    {
        foreach (var (shape, (count, ms)) in shapes.OrderByDescending(s => s.Value.Ms).Take(top))
        {
            yield return $"    {count / (double)perUnit,8:F1} trips {ms / perUnit,9:F1} ms  {shape}";
        }
        foreach (var (step, (count, ms)) in engineSteps.OrderByDescending(s => s.Value.Ms))
        {
            yield return $"    {count / (double)perUnit,8:F1} steps {ms / perUnit,9:F1} ms  [{step}, statements included]";
        }
    }

    private void Stopped(Activity activity)
    {
        var ms = activity.Duration.TotalMilliseconds;
        if (activity.Source.Name == WorkflowTelemetry.Name)
        {
            engineSteps.AddOrUpdate(activity.DisplayName, (1, ms), (_, v) => (v.Count + 1, v.Ms + ms));
            return;
        }
        var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
        var shape = Shape(text);
        Interlocked.Add(ref statements, Math.Max(1, Literals().Replace(text, "?").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length));
        shapes.AddOrUpdate(shape, (1, ms), (_, v) => (v.Count + 1, v.Ms + ms));
    }

    /// <summary>The statement with its literals and parameter numbers blanked, cut short: one key per shape.</summary>
    private static string Shape(string text)
    {
        var flat = Spaces().Replace(Literals().Replace(text, "?"), " ").Trim();
        return flat.Length > 110 ? flat[..110] + "…" : flat;
    }

    [GeneratedRegex(@"'[^']*'|\$\d+|@\w+|\b\d+\b")]
    private static partial Regex Literals();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public void Dispose() => listener.Dispose();
}
