using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// An admitted task still running, for DUPLICATE_COLLECTION. <see cref="VillageCodes"/> holds villages of the checked
/// request's targets that the task reaches (the application loads one: only the overlap is asked).
/// </summary>
public sealed record ActiveTask(Guid Id, string DepartmentCode, string Title, DemandKind Demands, IReadOnlySet<string> VillageCodes);
