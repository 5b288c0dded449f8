namespace TaskAdmission.Core.Organisation;

/// <summary>A city, district/county, township/street or village/community, identified by its 12-digit code.</summary>
public sealed class OrgUnit
{
    public const int CodeLength = 12;
    public const int NameMaxLength = 100;

    public required string Code { get; set; }
    public string? ParentCode { get; set; }
    public OrgUnitKind Kind { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }

    public string Name(bool english) => english ? NameEn : NameZh;
}
