using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>One demand on each village, e.g. Report ×4 per Quarter; Certificate and Signboard name what is asked.</summary>
public sealed record DemandRequest(
    DemandKind Kind,
    int Count,
    DemandPeriod Period,
    string? Certificate = null,
    string? Signboard = null,
    string? Note = null);
