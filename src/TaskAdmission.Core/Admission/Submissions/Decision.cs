namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>A recorded decision: who, when, for which org unit, why, on which pre-check. Never updated or deleted.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public DecisionKind Kind { get; set; }

    /// <summary>The township (or district for the joint review) the decision is made for.</summary>
    public string OrgUnitCode { get; set; } = "";

    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
    public string Reason { get; set; } = "";
    public string? Conditions { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>SHA-256 of the pre-check JSON the reviewer saw.</summary>
    public string PrecheckHash { get; set; } = "";

    /// <summary>The workflow task completed by this decision; unique, so a retried decision cannot be recorded twice.</summary>
    public Guid? WorkflowTaskId { get; set; }
}
