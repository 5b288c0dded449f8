namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>Per-jurisdiction parameters of the rules.</summary>
public sealed record PrecheckSettings
{
    /// <summary>Working days between submission and start (Beijing Xicheng: 30).</summary>
    public int LeadTimeWorkingDays { get; init; } = 30;

    /// <summary>Demands per village per year above which BURDEN_CAP warns.</summary>
    public double BurdenCapPerVillagePerYear { get; init; } = 24;

    /// <summary>Working days within which an emergency admission is reviewed after the fact.</summary>
    public int EmergencyReviewWorkingDays { get; init; } = 5;

    /// <summary>Similarity above which an active task counts as collecting the same data.</summary>
    public double DuplicateSimilarity { get; init; } = 0.45;

    /// <summary>The basis each rule cites when no list item gives one, by rule code (<see cref="Precheck.RuleBases"/>).</summary>
    public IReadOnlyDictionary<string, string> RuleBases { get; init; } = Precheck.RuleBases.Defaults;
}
