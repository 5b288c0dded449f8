using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>A decision that does not match its audit entry (or has none).</summary>
public sealed record DecisionFinding(Guid DecisionId, string SubmissionNumber, Guid SubmissionId, DecisionIntegrity Integrity);
