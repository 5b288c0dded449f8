namespace TaskAdmission.Application.Lists;

/// <summary>
/// Lists take effect on calendar days in China (UTC+8, no daylight saving), whatever the server's time zone, so
/// "today" must not flip at midnight UTC.
/// </summary>
public static class ChinaCalendar
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
