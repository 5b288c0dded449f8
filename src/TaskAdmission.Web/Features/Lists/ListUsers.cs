using System.Security.Claims;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>What the lists screens need to know about the signed-in user.</summary>
public static class ListUsers
{
    /// <summary>The user as a list administrator (with its scope), or null for every other role.</summary>
    public static Actor? Manager(ClaimsPrincipal user) =>
        user.IsInRole(AppRoles.ListAdministrator) && user.FindFirstValue(ScopeClaims.OrgUnitCode) is { Length: > 0 } scope
            ? Actor.ListAdministrator(user.Identity?.Name ?? "", scope)
            : null;

    /// <summary>The org unit whose lists concern the user: its own, or its department's.</summary>
    public static async Task<string?> ScopeOrgUnitAsync(ClaimsPrincipal user, OrganisationService org, CancellationToken ct = default)
    {
        if (user.FindFirstValue(ScopeClaims.OrgUnitCode) is { Length: > 0 } unit)
        {
            return unit;
        }

        return user.FindFirstValue(ScopeClaims.DepartmentCode) is { Length: > 0 } department
            ? (await org.FindDepartmentAsync(department, ct))?.OrgUnitCode
            : null;
    }

    public static string? Department(ClaimsPrincipal user) => user.FindFirstValue(ScopeClaims.DepartmentCode);
}
