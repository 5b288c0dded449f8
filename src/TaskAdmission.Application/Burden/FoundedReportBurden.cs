using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>A founded report of unadmitted work on a village in the period (shown to supervisors; others see only the count).</summary>
public sealed record FoundedReportBurden(Guid Id, string Number, string DepartmentName, DemandKind? Kind, DateOnly DemandedOn, string Demand);
