namespace TaskAdmission.Core.Burden;

/// <summary>The calendar periods burden is counted in (China's calendar dates).</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}
