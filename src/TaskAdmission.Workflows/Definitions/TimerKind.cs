namespace TaskAdmission.Workflows.Definitions;

/// <summary>How a timer's due time is expressed.</summary>
public enum TimerKind
{
    /// <summary>ISO 8601 duration from the moment the timer starts, e.g. P3D or PT1H.</summary>
    Duration,

    /// <summary>Working days on the engine's calendar, e.g. 15WD (our extension).</summary>
    WorkingDays,

    /// <summary>A fixed ISO 8601 date-time (timeDate).</summary>
    Date,

    /// <summary>An ISO 8601 repeating interval (timeCycle), e.g. R/P1D or R3/2026-01-05T09:00:00+08:00/P1W.</summary>
    Cycle,

    /// <summary>A Quartz cron expression (timeCycle), e.g. 0 0 9 ? * MON-FRI.</summary>
    Cron,
}
