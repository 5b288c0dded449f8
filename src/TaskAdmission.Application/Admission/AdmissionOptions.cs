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

    /// <summary>
    /// Share of a district's joint-review members whose special admission is enough (会签比例): 1 = every member must
    /// agree (the default), 0.67 = two thirds; the countersign then ends as soon as the outcome is certain.
    /// </summary>
    [Range(0.01, 1.0)]
    public double JointReviewRatio { get; set; } = 1;

    /// <summary>The ratio of particular districts (district code → ratio), overriding <see cref="JointReviewRatio"/>.</summary>
    public Dictionary<string, double> JointReviewRatios { get; set; } = [];

    /// <summary>The ratio for a submission reaching these districts: the strictest of theirs.</summary>
    public double RatioFor(IEnumerable<string> districts) =>
        districts.Select(d => JointReviewRatios.TryGetValue(d, out var r) ? r : JointReviewRatio).DefaultIfEmpty(JointReviewRatio).Max();
    /// <summary>
    /// Working days after a pre-check refusal within which the department may ask for a human review (复核申请 window,
    /// counted on the working-day calendar from the day of the refusal, China time).
    /// </summary>
    [Range(1, 60)]
    public int AppealWindowWorkingDays { get; set; } = 10;

    /// <summary>The window of particular districts (district code → working days), overriding <see cref="AppealWindowWorkingDays"/>.</summary>
    public Dictionary<string, int> AppealWindowsWorkingDays { get; set; } = [];

    /// <summary>The appeal window for a submission refused in this district.</summary>
    public int AppealWindowFor(string district) =>
        AppealWindowsWorkingDays.TryGetValue(district, out var days) && days > 0 ? days : AppealWindowWorkingDays;

    /// <summary>
    /// Read the lists in force of every district once at start (<see cref="PrecheckWarmup"/>), so the first pre-check of
    /// the day answers as fast as the others. On by default; the test hosts turn it off.
    /// </summary>
    public bool WarmPrecheckAtStart { get; set; } = true;

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
