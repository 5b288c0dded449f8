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
}
