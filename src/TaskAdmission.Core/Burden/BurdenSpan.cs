using TaskAdmission.Core.Common;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// The days an assignment puts its demands on its village (China dates, both included): its admitted period, from its
/// start to its end — cut at the day it was cancelled (revocation, exit: nothing after that day is owed; cancelled
/// before it began, it adds nothing) or marked done (the village has finished; done before it began, its first day
/// still counts, because the work was done). Work dispatched after its start counts from its start: the admitted
/// period is what the task asks of the village.
/// </summary>
public static class BurdenSpan
{
    public static (DateOnly From, DateOnly To) Of(Assignment a) => Of(a, a.Status, a.CompletedAtUtc ?? a.CancelledAtUtc);

    /// <summary>The span while the assignment is (or was) open.</summary>
    public static (DateOnly From, DateOnly To) Open(Assignment a) => Of(a, AssignmentStatus.Open, null);

    public static (DateOnly From, DateOnly To) Of(Assignment a, AssignmentStatus status, DateTime? closedAtUtc)
    {
        var from = a.StartDate;
        if (closedAtUtc is not { } closedUtc)
        {
            return (from, a.EndDate);
        }
        var closed = ChinaClock.DayOf(closedUtc);
        return status switch
        {
            AssignmentStatus.Done => (from, Min(a.EndDate, closed > from ? closed : from)),
            AssignmentStatus.Cancelled => (from, Min(a.EndDate, closed)),
            _ => (from, a.EndDate),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
