using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>One recorded decision.</summary>
public sealed record DecisionResponse(DecisionKind Kind, string OrgUnitCode, string DecidedBy, DateTime DecidedAtUtc, string Reason, string? Conditions, DateOnly? ValidUntil);
