namespace TaskAdmission.Core.Lists.Diff;

/// <summary>The item fields a diff compares (names match the export's "field" column).</summary>
public enum ListItemField
{
    Kind = 1,
    TitleZh,
    TitleEn,
    Category,
    Department,
    LegalBasis,
    AllowedDemands,
    ParentCode,
    Notes,
    Recognisers,
}
