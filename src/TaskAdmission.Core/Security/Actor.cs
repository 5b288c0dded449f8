namespace TaskAdmission.Core.Security;

/// <summary>
/// Who acts, as every use case sees it: a user name (or API key name, or an operator's name on the command line),
/// the role, and the one scope the role is bound to (a department, or an org unit at the role's level).
/// </summary>
public sealed record Actor(string UserName, string Role, string? DepartmentCode, string? OrgUnitCode)
{
    /// <summary>A list administrator of a city or district/county org unit.</summary>
    public static Actor ListAdministrator(string userName, string orgUnitCode) => new(userName, AppRoles.ListAdministrator, null, orgUnitCode);

    /// <summary>A platform administrator (user, org and calendar administration; no scope).</summary>
    public static Actor SystemAdministrator(string userName) => new(userName, AppRoles.SystemAdministrator, null, null);
}
