using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Calendar;

/// <summary>Row of calendar_days: a statutory holiday or make-up working day (national data, seeded in every environment).</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    public required string NameZh { get; set; }
}
