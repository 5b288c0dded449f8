using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// An admitted task still running that declared the fields it collects: its open villages (true where it reuses the
/// collection it named, so it collects nothing again there), its demands and dates.
/// </summary>
public sealed record RunningCollection(
    Guid SubmissionId, string Number, string Title, string DepartmentCode, IReadOnlyList<string> Fields, Guid? ReusesSubmissionId,
    IReadOnlyList<DemandRequest> Demands, DateOnly StartDate, DateOnly EndDate, IReadOnlyDictionary<string, bool> Villages);
