namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>How often a demand recurs; <see cref="Once"/> means once over the whole task.</summary>
public enum DemandPeriod
{
    Once,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}
