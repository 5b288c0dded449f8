namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>Stable rule codes of the pre-check. Add new ones when the domain needs them; never rename these.</summary>
public static class PrecheckRules
{
    public const string ProhibitedItem = "PROHIBITED_ITEM";
    public const string ProhibitedCertificate = "PROHIBITED_CERTIFICATE";
    public const string UnlistedCertificate = "UNLISTED_CERTIFICATE";
    public const string CertificateAllowed = "CERTIFICATE_ALLOWED";
    public const string PledgeOrVeto = "PLEDGE_OR_VETO";
    public const string AppCheckIn = "APP_CHECKIN";
    public const string AssessmentBan = "ASSESSMENT_BAN";
    public const string FundingRequired = "FUNDING_REQUIRED";
    public const string LeadTime = "LEAD_TIME";
    public const string ItemNotInForce = "ITEM_NOT_IN_FORCE";
    public const string NoListInForce = "NO_LIST_IN_FORCE";
    public const string EmergencyInvalid = "EMERGENCY_INVALID";
    public const string DemandNotCovered = "DEMAND_NOT_COVERED";
    public const string UnlistedWork = "UNLISTED_WORK";
    public const string Signboard = "SIGNBOARD";
    public const string Demonstration = "DEMONSTRATION";
    public const string DepartmentMismatch = "DEPARTMENT_MISMATCH";
    public const string BurdenCap = "BURDEN_CAP";
    public const string DuplicateCollection = "DUPLICATE_COLLECTION";
    public const string EmergencyFastTrack = "EMERGENCY_FAST_TRACK";
    public const string CoveredByItem = "COVERED_BY_ITEM";

    /// <summary>Findings that send an otherwise admissible task to the district joint review.</summary>
    public static readonly IReadOnlySet<string> RouteToJointReview =
        new HashSet<string> { DemandNotCovered, UnlistedWork, Signboard, Demonstration };
}
