using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>One demand on the villages as a version carried it.</summary>
public sealed record DemandSnapshot(DemandKind Kind, int Count, DemandPeriod Period, string? Certificate, string? Signboard, string? Note);
