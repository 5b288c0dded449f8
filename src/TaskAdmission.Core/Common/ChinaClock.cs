using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Core.Common;

/// <summary>
/// The platform's one clock. Times are stored in UTC; days and times people read are China's (Asia/Shanghai, UTC+8
/// without daylight saving), whatever the server's zone, so "today" never flips at midnight UTC. It reads the
/// registered <see cref="TimeProvider"/>, so a test sets the time by registering a fake one. Use cases and pages take
/// this; only code that needs timers (hosted workers, the engine) takes the <see cref="TimeProvider"/> itself.
/// </summary>
public sealed class ChinaClock(TimeProvider time)
{
    /// <summary>Asia/Shanghai, or a fixed UTC+8 zone where the tz data is missing (the engine's default zone too).</summary>
    public static readonly TimeZoneInfo Zone = WorkflowEngineOptions.ChinaStandardTime();

    /// <summary>The clock over the machine's time, for code outside dependency injection (the command line, tests' dates).</summary>
    public static ChinaClock System { get; } = new(TimeProvider.System);

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Now as the UTC <see cref="DateTime"/> the database stores.</summary>
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in China.</summary>
    public DateOnly Today => DayOf(Now);

    /// <summary>A stored UTC time as China's wall-clock time.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The date in China at a stored UTC time.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);
}
