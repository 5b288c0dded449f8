using System.Globalization;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>Flowable-style due dates: an ISO 8601 date or date-time, or a duration (ISO or working days) from the task's creation.</summary>
internal static class DueDates
{
    /// <summary>Null when <paramref name="text"/> is a valid due date, else why not.</summary>
    public static string? Describe(string text)
    {
        try
        {
            _ = Parse(text);
            return null;
        }
        catch (FormatException e)
        {
            return $"is not a due date: {e.Message}";
        }
    }

    /// <summary>The due day for a task created at <paramref name="now"/>.</summary>
    public static DateOnly Resolve(string text, DateTimeOffset now, WorkingCalendar calendar, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Parse(text).ComputeDue(now, calendar, zone), zone).DateTime);

    private static TimerSpec Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('P') || trimmed.EndsWith("WD", StringComparison.Ordinal)) return TimerSpec.ParseDuration(trimmed);
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return TimerSpec.ParseDate(trimmed);
        return TimerSpec.ParseDate(trimmed);
    }
}
