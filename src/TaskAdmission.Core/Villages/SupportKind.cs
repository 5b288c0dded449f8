namespace TaskAdmission.Core.Villages;

/// <summary>The means that must follow admitted work (费随事转、人随事转).</summary>
public enum SupportKind
{
    Funding,
    Training,
    Staff,
    Equipment,
}
