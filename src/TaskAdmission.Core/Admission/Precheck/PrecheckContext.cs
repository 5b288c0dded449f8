using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>What the check needs besides the request; the data layer loads it (villages already expanded).</summary>
public sealed record PrecheckContext(
    IReadOnlyList<TargetVillage> Villages,
    WorkingCalendar Calendar,
    PrecheckSettings Settings,
    IReadOnlyList<ActiveTask> ActiveTasks);
