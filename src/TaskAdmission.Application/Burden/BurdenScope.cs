using System.Linq.Expressions;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Whose burden a user may see: a township approver its villages, a joint reviewer its district, a supervisor or a
/// list administrator (民政) its own level (a city sees everything), a village only itself. Departments see their own
/// scorecard instead; a system administrator administers and sees no burden. Outside the scope is not found.
/// </summary>
public static class BurdenScope
{
    public static readonly string[] AreaRoles =
        [AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator, AppRoles.VillageCommittee];

    public static string? RootOf(Actor actor) => AreaRoles.Contains(actor.Role) && actor.OrgUnitCode is { Length: > 0 } code ? code : null;

    /// <summary>True when <paramref name="code"/> is <paramref name="root"/> or lies under it.</summary>
    public static bool Includes(OrgDirectory org, string root, string code) => org.Trail(code).Any(u => u.Code == root);

    /// <summary>The ledger rows of an area (a township's with its district too, so the (year, district, township) index serves it).</summary>
    public static IQueryable<BurdenLedgerRow> In(IQueryable<BurdenLedgerRow> rows, AreaView area) => area.Level switch
    {
        1 => rows,
        2 => rows.Where(r => r.DistrictCode == area.Code),
        3 when area.ParentCode is { } district => rows.Where(r => r.DistrictCode == district && r.TownshipCode == area.Code),
        3 => rows.Where(r => r.TownshipCode == area.Code),
        _ => rows.Where(r => r.VillageCode == area.Code),
    };

    /// <summary>The column that names an area's children: districts of a city, townships of a district, villages of a township.</summary>
    public static Expression<Func<BurdenLedgerRow, string>> ChildOf(AreaView area) => area.Level switch
    {
        1 => r => r.DistrictCode,
        2 => r => r.TownshipCode,
        _ => r => r.VillageCode,
    };
}
