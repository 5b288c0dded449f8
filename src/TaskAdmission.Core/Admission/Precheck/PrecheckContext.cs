using TaskAdmission.Core.DataFields;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>What the check needs besides the request; the data layer loads it (villages already expanded).</summary>
public sealed record PrecheckContext(
    IReadOnlyList<TargetVillage> Villages,
    WorkingCalendar Calendar,
    PrecheckSettings Settings,
    IReadOnlyList<ActiveTask> ActiveTasks)
{
    /// <summary>The shared field dictionary: declared fields are compared by their canonical names (身份证号 = 公民身份号码).</summary>
    public FieldDictionary Fields { get; init; } = FieldDictionary.Empty;
}
