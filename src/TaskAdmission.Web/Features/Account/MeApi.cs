using System.Security.Claims;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Account;

/// <summary>GET /api/v1/me: who the caller is (a person, a department key or a department token) and its scope.</summary>
public static class MeApi
{
    public static void MapMeApi(this RouteGroupBuilder api) =>
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
            user.Identity?.Name ?? "",
            user.FindFirstValue(ScopeClaims.DisplayName) ?? "",
            user.Roles().ToArray(),
            user.FindFirstValue(ScopeClaims.DepartmentCode),
            user.FindFirstValue(ScopeClaims.OrgUnitCode))))
        .WithName("GetMe");
}
