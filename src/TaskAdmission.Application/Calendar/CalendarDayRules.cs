using TaskAdmission.Core.Common;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Calendar;

/// <summary>
/// What a calendar_days entry must satisfy. A make-up working day (调休上班) only makes sense on a Saturday or Sunday,
/// so a Workday on Monday–Friday is refused. A Holiday may fall on any day: the State Council's holiday spans include
/// weekend days (e.g. 春节 2025-02-01/02), and listing them keeps the span readable even though they change nothing.
/// </summary>
public static class CalendarDayRules
{
    public const int NameMaxLength = 100;

    public static readonly DateOnly MinDate = new(2000, 1, 1);

    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    /// <summary>Problems with one entry; <see cref="ImportProblem.Column"/> is date, kind or name_zh.</summary>
    public static List<ImportProblem> Check(DateOnly date, CalendarDayKind kind, string? name, int line = 0)
    {
        var problems = new List<ImportProblem>();
        if (date < MinDate || date > MaxDate)
        {
            problems.Add(new ImportProblem(line, "date", "CalendarDateRange", date.ToString("yyyy-MM-dd"), MinDate.Year.ToString(), MaxDate.Year.ToString()));
        }
        if (!Enum.IsDefined(kind))
        {
            problems.Add(new ImportProblem(line, "kind", "CalendarKind", kind.ToString()));
        }
        else if (kind == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            problems.Add(new ImportProblem(line, "kind", "CalendarWorkdayOnWeekday", date.ToString("yyyy-MM-dd")));
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new ImportProblem(line, "name_zh", "Required", "name_zh"));
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            problems.Add(new ImportProblem(line, "name_zh", "TooLong", "name_zh", NameMaxLength.ToString()));
        }
        return problems;
    }
}
