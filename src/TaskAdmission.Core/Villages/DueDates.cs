using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Core.Villages;

/// <summary>
/// When dispatched work is due, in working days: a set number of working days after the work may start (the
/// submission's start date, or the dispatch day if later), never after the end of the admitted period.
/// Emergencies are due sooner.
/// </summary>
public static class DueDates
{
    public static DateOnly Compute(WorkingCalendar calendar, DateOnly dispatchedOn, DateOnly start, DateOnly end, bool emergency, int workingDays, int emergencyWorkingDays)
    {
        var from = start > dispatchedOn ? start : dispatchedOn;
        var due = calendar.AddWorkingDays(from, emergency ? emergencyWorkingDays : workingDays);
        if (due <= end)
        {
            return due;
        }
        // Clamp to the last working day of the admitted period (or the end itself when none is left).
        var last = end;
        while (!calendar.IsWorkingDay(last) && last > from)
        {
            last = last.AddDays(-1);
        }
        return last < from ? end : last;
    }

    /// <summary>True when <paramref name="since"/> lies at least <paramref name="workingDays"/> working days before <paramref name="today"/>.</summary>
    public static bool AtLeastWorkingDaysAgo(WorkingCalendar calendar, DateOnly since, DateOnly today, int workingDays) =>
        calendar.WorkingDaysBetween(since, today) >= workingDays;
}
