using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// 费随事转 on read: an assignment is flagged when promised support is still unconfirmed or reported missing
/// <see cref="VillageOptions.SupportFlagWorkingDays"/> working days after dispatch.
/// </summary>
public static class SupportFlags
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Assignments dispatched before this instant have waited long enough to be flagged today.</summary>
    public static DateTime CutoffUtc(WorkingCalendar calendar, DateOnly today, int workingDays)
    {
        var lastDispatchDay = calendar.AddWorkingDays(today, -workingDays);
        return DateTime.SpecifyKind(lastDispatchDay.AddDays(1).ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);
    }

    public static IQueryable<Assignment> Flagged(IQueryable<Assignment> assignments, DateTime cutoffUtc) =>
        assignments.Where(a => a.Status != AssignmentStatus.Cancelled && a.DispatchedAtUtc < cutoffUtc
            && (a.FundingState == SupportState.Pending || a.FundingState == SupportState.Missing
                || a.TrainingState == SupportState.Pending || a.TrainingState == SupportState.Missing
                || a.StaffState == SupportState.Pending || a.StaffState == SupportState.Missing
                || a.EquipmentState == SupportState.Pending || a.EquipmentState == SupportState.Missing));

    public static bool IsFlagged(Assignment a, DateTime cutoffUtc) =>
        a.Status != AssignmentStatus.Cancelled && a.DispatchedAtUtc < cutoffUtc && a.Outstanding().Any();
}
