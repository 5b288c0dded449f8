using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>The outcome of checking the whole audit chain: entries found intact, the head reached, the first broken entry (null when none).</summary>
public sealed record AuditVerification(long Checked, AuditChainHead Head, AuditBreak? FirstBreak, TimeSpan Elapsed)
{
    public bool Intact => FirstBreak is null;
}
