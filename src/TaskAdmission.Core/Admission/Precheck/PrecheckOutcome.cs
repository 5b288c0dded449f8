namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>Where a checked task goes next.</summary>
public enum PrecheckOutcome
{
    Rejected,
    TownshipReview,
    JointReview,
    EmergencyAdmission,
}
