namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>The decisions reviewers can record.</summary>
public enum DecisionKind
{
    Admit,
    Return,
    Reject,
    SpecialAdmission,
    PurchaseOfService,
    EmergencyAdmission,
    PostReviewConfirmed,
    PostReviewRevoked,
    Withdrawn,

    /// <summary>Admitted work revoked for a township's villages, a district, or one village's exit (撤销/退出).</summary>
    Revoked,
}
