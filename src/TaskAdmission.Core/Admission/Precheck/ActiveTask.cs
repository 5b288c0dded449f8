using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>An admitted task still running, for DUPLICATE_COLLECTION.</summary>
public sealed record ActiveTask(Guid Id, string DepartmentCode, string Title, DemandKind Demands, IReadOnlySet<string> VillageCodes);
