using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;

namespace TaskAdmission.Web.Features.Organisation;

/// <summary>GET /api/v1/org-units: the org tree (public administrative data), so systems can address villages by code.</summary>
public static class OrgUnitApi
{
    public static void MapOrgUnitApi(this RouteGroupBuilder api) =>
        api.MapGet("/org-units", async (OrganisationService org, CancellationToken ct) =>
            TypedResults.Ok((await org.AllUnitsAsync(ct))
                .Select(u => new OrgUnitDto(u.Code, u.ParentCode, u.Kind.ToString(), u.NameZh, u.NameEn))))
        .WithName("ListOrgUnits");
}
