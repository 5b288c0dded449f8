namespace TaskAdmission.Workflows.Calendar;

/// <summary>How a calendar entry overrides the default Monday–Friday working week.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday: not a working day, even on a weekday.</summary>
    Holiday,

    /// <summary>A make-up working day (调休上班): a working day, even on a Saturday or Sunday.</summary>
    Workday,
}
