using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.DepartmentReports;

/// <summary>GET /api/v1/departments/me/reports: founded reports about the caller's department, without the reporting village.</summary>
public static class DepartmentReportsApi
{
    public static void MapDepartmentReportsApi(this RouteGroupBuilder api) =>
        api.MapGet("/departments/me/reports", async (ClaimsPrincipal user, UnadmittedReportService reports, CancellationToken ct) =>
                TypedResults.Ok(await reports.ForDepartmentAsync(user.ToActor(), ct)))
            .RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.DepartmentSystem))
            .WithName("DepartmentReports");
}
