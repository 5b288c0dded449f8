using System.ComponentModel.DataAnnotations;
using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission;

/// <summary>Jurisdiction parameters of admission (<c>Admission:*</c>); defaults follow the published procedures.</summary>
public sealed class AdmissionOptions
{
    public const string Section = "Admission";

    [Range(0, 365)]
    public int LeadTimeWorkingDays { get; set; } = 30;

    [Range(0.0, 10_000.0)]
    public double BurdenCapPerVillagePerYear { get; set; } = 24;

    [Range(1, 365)]
    public int EmergencyReviewWorkingDays { get; set; } = 5;

    /// <summary>The basis each rule cites, by rule code, over the shipped defaults (e.g. <c>Admission:RuleBases:LEAD_TIME</c>).</summary>
    public Dictionary<string, string> RuleBases { get; set; } = [];

    public PrecheckSettings ToSettings() => new()
    {
        LeadTimeWorkingDays = LeadTimeWorkingDays,
        BurdenCapPerVillagePerYear = BurdenCapPerVillagePerYear,
        EmergencyReviewWorkingDays = EmergencyReviewWorkingDays,
        RuleBases = Core.Admission.Precheck.RuleBases.With(RuleBases),
    };
}
