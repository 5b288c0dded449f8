using System.Security.Claims;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Account;

/// <summary>GET /api/v1/me: who the caller is (a person or a department key) and its scope.</summary>
public static class MeApi
{
    public static void MapMeApi(this RouteGroupBuilder api) =>
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
            user.Identity?.Name ?? "",
            user.FindFirstValue(ScopeClaims.DisplayName) ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            user.FindFirstValue(ScopeClaims.DepartmentCode),
            user.FindFirstValue(ScopeClaims.OrgUnitCode))))
        .WithName("GetMe");
}
