namespace TaskAdmission.Workflows.Calendar;

/// <summary>A working-day calendar: Monday–Friday by default, overridden by holiday and make-up workday entries.</summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarEntry> entries;

    /// <summary>Builds a calendar from entries; a date may appear at most once.</summary>
    public WorkingCalendar(IEnumerable<CalendarEntry> entries)
    {
        this.entries = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            if (!this.entries.TryAdd(entry.Date, entry))
            {
                throw new ArgumentException($"date {entry.Date:yyyy-MM-dd} appears more than once in the calendar", nameof(entries));
            }
        }
    }

    /// <summary>A calendar without holidays: Monday to Friday are working days.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    /// <summary>The overriding entries, in date order.</summary>
    public IReadOnlyList<CalendarEntry> Entries => entries.Values.OrderBy(e => e.Date).ToList();

    /// <summary>Returns true when the date is a working day (make-up workday, or a weekday that is not a holiday).</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (entries.TryGetValue(date, out var entry))
        {
            return entry.Kind == CalendarDayKind.Workday;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Returns the date that is <paramref name="days"/> working days after <paramref name="start"/> (before it when negative); the start date itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var remaining = Math.Abs(days);
        var current = start;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current)) remaining--;
        }

        return current;
    }

    /// <summary>Adds working days to a point in time: same local time of day on the resulting local date in <paramref name="zone"/>.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var date = AddWorkingDays(DateOnly.FromDateTime(local.DateTime), days);
        var localResult = date.ToDateTime(TimeOnly.FromTimeSpan(local.TimeOfDay));
        return new DateTimeOffset(localResult, zone.GetUtcOffset(localResult));
    }

    /// <summary>Counts working days in the half-open range (<paramref name="start"/>, <paramref name="end"/>]; negative when end precedes start.</summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start) return -WorkingDaysBetween(end, start);
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (IsWorkingDay(d)) count++;
        }

        return count;
    }
}
