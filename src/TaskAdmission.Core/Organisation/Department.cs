namespace TaskAdmission.Core.Organisation;

/// <summary>A government department (e.g. 市民政局) that belongs to a city or district org unit.</summary>
public sealed class Department
{
    public const int CodeMaxLength = 32;

    public required string Code { get; set; }
    public required string OrgUnitCode { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }

    public string Name(bool english) => english ? NameEn : NameZh;
}
