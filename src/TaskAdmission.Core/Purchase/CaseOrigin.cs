namespace TaskAdmission.Core.Purchase;

/// <summary>How a purchase case began. Persisted by name.</summary>
public enum CaseOrigin
{
    /// <summary>The district joint review decided the work must be bought as a service (联审决定政府购买服务).</summary>
    JointReview,

    /// <summary>A department started it itself.</summary>
    Department,
}
