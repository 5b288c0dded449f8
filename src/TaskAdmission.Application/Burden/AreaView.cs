using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Burden;

/// <summary>An org unit as a dashboard names it; level 1 city, 2 district, 3 township, 4 village; with its parent's code.</summary>
public sealed record AreaView(string Code, string NameZh, string NameEn, int Level, string? ParentCode = null)
{
    public static AreaView Of(OrgUnit unit) => new(unit.Code, unit.NameZh, unit.NameEn, unit.Kind.Level(), unit.ParentCode);

    public string Name(bool english) => english ? NameEn : NameZh;
}
