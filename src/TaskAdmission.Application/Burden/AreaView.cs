using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Burden;

/// <summary>An org unit as a dashboard names it; level 1 city, 2 district, 3 township, 4 village.</summary>
public sealed record AreaView(string Code, string NameZh, string NameEn, int Level)
{
    public static AreaView Of(OrgUnit unit) => new(unit.Code, unit.NameZh, unit.NameEn, unit.Kind.Level());

    public string Name(bool english) => english ? NameEn : NameZh;
}
