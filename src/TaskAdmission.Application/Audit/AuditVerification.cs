using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// The outcome of checking the audit record: entries found intact, the head reached, the first broken entry (null when
/// none), and the decisions whose row no longer matches the seal in their audit entry (at most <see cref="AuditChainService.MaxReported"/>).
/// </summary>
public sealed record AuditVerification(
    long Checked, AuditChainHead Head, AuditBreak? FirstBreak, long DecisionsChecked, IReadOnlyList<DecisionFinding> BrokenDecisions, TimeSpan Elapsed)
{
    public bool Intact => FirstBreak is null && BrokenDecisions.Count == 0;
}
