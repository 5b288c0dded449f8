namespace TaskAdmission.Core.Organisation;

/// <summary>Tree rules for <see cref="OrgUnitKind"/>: levels, and which kind may sit under which.</summary>
public static class OrgUnitKindExtensions
{
    /// <summary>City = 1, District/County = 2, Township/Street = 3, Village/Community = 4.</summary>
    public static int Level(this OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.City => 1,
        OrgUnitKind.District or OrgUnitKind.County => 2,
        OrgUnitKind.Township or OrgUnitKind.Street => 3,
        _ => 4,
    };

    public static bool IsVillageLevel(this OrgUnitKind kind) => kind.Level() == 4;

    public static bool IsTownshipLevel(this OrgUnitKind kind) => kind.Level() == 3;

    public static bool IsDistrictLevel(this OrgUnitKind kind) => kind.Level() == 2;

    /// <summary>A child sits exactly one level below its parent; only a city may be a root.</summary>
    public static bool MayBeChildOf(this OrgUnitKind child, OrgUnitKind? parent) =>
        parent is null ? child == OrgUnitKind.City : child.Level() == parent.Value.Level() + 1;
}
