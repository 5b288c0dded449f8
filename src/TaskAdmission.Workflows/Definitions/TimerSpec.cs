using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>A parsed timer definition: ISO 8601 duration, working-day duration (<c>15WD</c>) or fixed date.</summary>
public sealed partial class TimerSpec
{
    private readonly int years;
    private readonly int months;
    private readonly int days;
    private readonly TimeSpan time;
    private readonly DateTime date;
    private readonly TimeSpan? dateOffset;
    private readonly TimerSpec? period;
    private readonly TimerSpec? cycleStart;
    private readonly CronSchedule? cron;

    private TimerSpec(TimerKind kind, string text, int years = 0, int months = 0, int days = 0, TimeSpan time = default, DateTime date = default, TimeSpan? dateOffset = null,
        TimerSpec? period = null, TimerSpec? cycleStart = null, int? repetitions = null, CronSchedule? cron = null)
    {
        this.period = period;
        this.cycleStart = cycleStart;
        this.cron = cron;
        Repetitions = repetitions;
        Kind = kind;
        Text = text;
        this.years = years;
        this.months = months;
        this.days = days;
        this.time = time;
        this.date = date;
        this.dateOffset = dateOffset;
    }

    /// <summary>The kind of timer.</summary>
    public TimerKind Kind { get; }

    /// <summary>The timer text as written in the BPMN file.</summary>
    public string Text { get; }

    /// <summary>How many times an ISO cycle fires (<c>R3/…</c>); null for unbounded cycles and other kinds.</summary>
    public int? Repetitions { get; }

    /// <summary>True for timers that fire more than once (ISO cycles and cron).</summary>
    public bool IsRepeating => Kind is TimerKind.Cycle or TimerKind.Cron;

    /// <summary>Parses a timeDuration value: ISO 8601 (P1Y2M3W4DT5H6M7S subset) or <c>&lt;n&gt;WD</c> working days.</summary>
    public static TimerSpec ParseDuration(string text)
    {
        var trimmed = text.Trim();
        var wd = WorkingDaysPattern().Match(trimmed);
        if (wd.Success)
        {
            return new TimerSpec(TimerKind.WorkingDays, trimmed, days: ParseInt(wd.Groups[1].Value, trimmed));
        }

        var m = IsoDurationPattern().Match(trimmed);
        if (!m.Success || trimmed == "P" || trimmed.EndsWith('T'))
        {
            throw new FormatException($"timer duration '{trimmed}' is neither an ISO 8601 duration (e.g. P3D, PT1H) nor working days (e.g. 15WD)");
        }

        int Group(int i) => m.Groups[i].Success ? ParseInt(m.Groups[i].Value, trimmed) : 0;
        var seconds = m.Groups[7].Success ? double.Parse(m.Groups[7].Value, CultureInfo.InvariantCulture) : 0d;
        var clock = new TimeSpan(Group(5), Group(6), 0) + TimeSpan.FromSeconds(seconds);
        return new TimerSpec(TimerKind.Duration, trimmed, Group(1), Group(2), (Group(3) * 7) + Group(4), clock);
    }

    /// <summary>Parses a timeDate value in ISO 8601; without an offset it is read in the engine's time zone.</summary>
    public static TimerSpec ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (trimmed.EndsWith('Z') || OffsetSuffixPattern().IsMatch(trimmed)))
        {
            return new TimerSpec(TimerKind.Date, trimmed, date: withOffset.DateTime, dateOffset: withOffset.Offset);
        }

        if (DateTime.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new TimerSpec(TimerKind.Date, trimmed, date: local);
        }

        throw new FormatException($"timer date '{trimmed}' is not an ISO 8601 date-time (e.g. 2025-10-09T09:00:00+08:00)");
    }

    /// <summary>Parses a timeCycle value: an ISO 8601 repeating interval (<c>R[n]/[start/]duration</c>) or a Quartz cron expression.</summary>
    public static TimerSpec ParseCycle(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('R'))
        {
            return new TimerSpec(TimerKind.Cron, trimmed, cron: CronSchedule.Parse(trimmed));
        }

        var parts = trimmed.Split('/');
        if (parts.Length is not (2 or 3) || !RepetitionPattern().IsMatch(parts[0]))
        {
            throw new FormatException($"timer cycle '{trimmed}' is neither an ISO 8601 repeating interval (e.g. R/P1D, R3/2026-01-05T09:00:00+08:00/PT1H) nor a Quartz cron (e.g. 0 0 9 ? * MON-FRI)");
        }

        int? repetitions = parts[0].Length > 1 ? ParseInt(parts[0][1..], trimmed) : null;
        if (repetitions == 0) throw new FormatException($"timer cycle '{trimmed}' repeats zero times");
        var start = parts.Length == 3 ? ParseDate(parts[1]) : null;
        var duration = ParseDuration(parts[^1]);
        if (duration.Kind != TimerKind.Duration || duration.IsZero)
        {
            throw new FormatException($"timer cycle '{trimmed}' needs a positive ISO 8601 duration as its period");
        }

        return new TimerSpec(TimerKind.Cycle, trimmed, period: duration, cycleStart: start, repetitions: repetitions);
    }

    /// <summary>When a timer armed at <paramref name="from"/> first becomes due; null when a cron has no future occurrence.</summary>
    public DateTimeOffset? FirstDue(DateTimeOffset from, WorkingCalendar calendar, TimeZoneInfo zone) => Kind switch
    {
        TimerKind.Cycle => cycleStart?.ComputeDue(from, calendar, zone) ?? period!.ComputeDue(from, calendar, zone),
        TimerKind.Cron => cron!.Next(from, zone),
        _ => ComputeDue(from, calendar, zone),
    };

    /// <summary>The occurrence after <paramref name="previousDue"/> once <paramref name="fired"/> occurrences have fired; null when the timer is used up.</summary>
    public DateTimeOffset? NextDue(DateTimeOffset previousDue, int fired, WorkingCalendar calendar, TimeZoneInfo zone) => Kind switch
    {
        TimerKind.Cycle when Repetitions is { } n && fired >= n => null,
        TimerKind.Cycle => period!.ComputeDue(previousDue, calendar, zone),
        TimerKind.Cron => cron!.Next(previousDue, zone),
        _ => null,
    };

    /// <summary>Computes when a one-shot timer started at <paramref name="now"/> becomes due (cycles: the first occurrence).</summary>
    public DateTimeOffset ComputeDue(DateTimeOffset now, WorkingCalendar calendar, TimeZoneInfo zone)
    {
        switch (Kind)
        {
            case TimerKind.Cycle or TimerKind.Cron:
                return FirstDue(now, calendar, zone) ?? DateTimeOffset.MaxValue;
            case TimerKind.WorkingDays:
                return calendar.AddWorkingDays(now, days, zone);
            case TimerKind.Date when dateOffset is { } offset:
                return new DateTimeOffset(date, offset);
            case TimerKind.Date:
                return new DateTimeOffset(date, zone.GetUtcOffset(date));
            default:
                // Years, months and days are calendar units in the engine's zone; the clock part is exact elapsed time.
                var local = TimeZoneInfo.ConvertTime(now, zone);
                var shifted = local.DateTime.AddYears(years).AddMonths(months).AddDays(days);
                return new DateTimeOffset(shifted, zone.GetUtcOffset(shifted)).Add(time);
        }
    }

    private bool IsZero => years == 0 && months == 0 && days == 0 && time == TimeSpan.Zero;

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int ParseInt(string digits, string text) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"timer '{text}' has a number that is too large");

    [GeneratedRegex(@"^(\d+)WD$")]
    private static partial Regex WorkingDaysPattern();

    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex IsoDurationPattern();

    [GeneratedRegex(@"^R\d*$")]
    private static partial Regex RepetitionPattern();

    [GeneratedRegex(@"[+-]\d{2}:\d{2}$")]
    private static partial Regex OffsetSuffixPattern();
}
