using System.Security.Claims;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Admission;

namespace TaskAdmission.Web.Security;

/// <summary>The signed-in user (or API key, or OAuth client) as the use cases see it: name, role, and the one scope.</summary>
public static class ActorExtensions
{
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.Roles().FirstOrDefault() ?? "",
        user.FindFirstValue(ScopeClaims.DepartmentCode),
        user.FindFirstValue(ScopeClaims.OrgUnitCode));

    /// <summary>The roles, read with each identity's own role claim type: "role" in an OAuth token, ClaimTypes.Role for cookies and keys.</summary>
    public static IEnumerable<string> Roles(this ClaimsPrincipal user) =>
        user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value);
}
