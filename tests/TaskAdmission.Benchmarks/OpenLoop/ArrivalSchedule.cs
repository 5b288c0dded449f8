namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// When each request of an open-loop run is due, fixed by the offered rate alone: the i-th arrival of a step at
/// <c>r</c>/s is due <c>i / r</c> seconds into the step, whatever the server answered before. A stepped ramp is a
/// list of steps, each with its own rate and length.
/// </summary>
public sealed class ArrivalSchedule
{
    private readonly List<(double Rate, TimeSpan Length, TimeSpan Start, long First)> steps = [];

    public ArrivalSchedule(IEnumerable<(double RatePerSecond, TimeSpan Length)> steps)
    {
        var start = TimeSpan.Zero;
        long first = 0;
        foreach (var (rate, length) in steps)
        {
            if (rate <= 0 || length <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(steps), $"a step needs a positive rate and length, not {rate}/s for {length}");
            }
            this.steps.Add((rate, length, start, first));
            first += (long)Math.Floor(rate * length.TotalSeconds);
            start += length;
        }
        if (this.steps.Count == 0)
        {
            throw new ArgumentException("at least one step", nameof(steps));
        }
        Count = first;
        Length = start;
    }

    /// <summary>One rate for the whole run.</summary>
    public static ArrivalSchedule Fixed(double ratePerSecond, TimeSpan length) => new([(ratePerSecond, length)]);

    /// <summary>A stepped ramp: <paramref name="from"/>/s up to <paramref name="to"/>/s in <paramref name="stepCount"/> equal steps.</summary>
    public static ArrivalSchedule Ramp(double from, double to, int stepCount, TimeSpan stepLength) =>
        new(Enumerable.Range(0, stepCount).Select(i => (from + (to - from) * i / Math.Max(1, stepCount - 1), stepLength)));

    /// <summary>How many requests the schedule issues in all.</summary>
    public long Count { get; }

    /// <summary>The run's planned length.</summary>
    public TimeSpan Length { get; }

    /// <summary>The steps with their rate, start and first arrival's index.</summary>
    public IReadOnlyList<(double Rate, TimeSpan Length, TimeSpan Start, long First)> Steps => steps;

    /// <summary>When arrival <paramref name="index"/> (0-based) is due, measured from the run's start.</summary>
    public TimeSpan DueAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var step = steps[^1];
        for (var s = 1; s < steps.Count; s++)
        {
            if (steps[s].First > index)
            {
                step = steps[s - 1];
                break;
            }
        }
        return step.Start + TimeSpan.FromSeconds((index - step.First) / step.Rate);
    }

    /// <summary>The step that arrival <paramref name="index"/> belongs to (0-based).</summary>
    public int StepOf(long index)
    {
        for (var s = steps.Count - 1; s >= 0; s--)
        {
            if (steps[s].First <= index)
            {
                return s;
            }
        }
        return 0;
    }
}
