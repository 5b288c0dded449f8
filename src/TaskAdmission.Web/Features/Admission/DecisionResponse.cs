using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>One recorded decision, and how it compares with its audit entry (<c>Verified</c>, <c>Mismatch</c>, <c>Unsealed</c>).</summary>
public sealed record DecisionResponse(
    DecisionKind Kind, string OrgUnitCode, string DecidedBy, DateTime DecidedAtUtc, string Reason, string? Conditions, DateOnly? ValidUntil, DecisionIntegrity Integrity);
