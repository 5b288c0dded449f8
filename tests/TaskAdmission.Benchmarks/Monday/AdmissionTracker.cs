using System.Collections.Concurrent;
using System.Diagnostics;
using TaskAdmission.Benchmarks.OpenLoop;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// Follows each submission from its scheduled submit to the last township's decision (which dispatches to its
/// villages), and keeps the villages changed most recently for the readers that come right after a change.
/// </summary>
public sealed class AdmissionTracker
{
    private readonly ConcurrentDictionary<string, (long Submitted, int Remaining)> open = new(StringComparer.Ordinal);
    private readonly string[] recent = new string[4096];
    private long recentCount;

    public LatencyRecorder EndToEnd { get; } = new();

    public ConcurrentDictionary<string, long> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>A submission was answered: its number, pre-check outcome and how many townships must decide.</summary>
    public void Submitted(string number, string outcome, int townships, long scheduledAt)
    {
        Outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        if (outcome == "TownshipReview")
        {
            open[number] = (scheduledAt, townships);
        }
    }

    /// <summary>
    /// A township admitted it and dispatched to <paramref name="villages"/>; the last township completes the admission.
    /// Since 2026-12-03 a decision for more villages than <c>Villages:DispatchChunk</c> (200) queues the dispatch and the
    /// worker writes it in chunks, so the last villages see the task a moment (one chunk per ≈ 200 villages) after this.
    /// </summary>
    public void Decided(string number, IReadOnlyList<string> villages)
    {
        foreach (var village in villages)
        {
            recent[Interlocked.Increment(ref recentCount) % recent.Length] = village;
        }
        while (open.TryGetValue(number, out var entry))
        {
            if (entry.Remaining > 1)
            {
                if (open.TryUpdate(number, (entry.Submitted, entry.Remaining - 1), entry)) return;
                continue;
            }
            if (open.TryRemove(KeyValuePair.Create(number, entry)))
            {
                EndToEnd.Record(Stopwatch.GetTimestamp() - entry.Submitted, 200);
            }
            return;
        }
    }

    /// <summary>A village whose inbox a decision changed a moment ago, or null before the first decision.</summary>
    public string? RecentlyChanged(Random random)
    {
        var count = Interlocked.Read(ref recentCount);
        if (count == 0) return null;
        var window = (int)Math.Min(count, recent.Length);
        return recent[(count - random.Next(window)) % recent.Length];
    }

    public int StillOpen => open.Count;

    private long conflicts;

    /// <summary>Decisions refused because another approver changed the submission at the same moment (the page says so).</summary>
    public long Conflicts => Interlocked.Read(ref conflicts);

    public void Conflicted() => Interlocked.Increment(ref conflicts);
}
