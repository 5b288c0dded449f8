using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>Downloads: a village file (its owner, its township for progress, the area's supervisor) and a village's own work as CSV.</summary>
public static class VillageEndpoints
{
    public static readonly string[] FileRoles = [AppRoles.VillageCommittee, AppRoles.TownshipApprover, AppRoles.Supervisor];

    public static void MapVillageEndpoints(this WebApplication app)
    {
        app.MapGet("/village-files/{id:guid}", FileAsync).RequireAuthorization(p => p.RequireRole(FileRoles));
        app.MapGet("/village/assignments.csv", ExportAsync).RequireAuthorization(p => p.RequireRole(AppRoles.VillageCommittee));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(Guid id, ClaimsPrincipal user, VillageFileService files, HttpContext http, CancellationToken ct)
    {
        var file = await files.OpenAsync(id, user.ToActor(), ct);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<FileContentHttpResult> ExportAsync(ClaimsPrincipal user, VillageInboxService inbox, CancellationToken ct)
    {
        var rows = await inbox.ExportAsync(user.ToActor(), ct);
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] header = ["title", "department", "list_items", "due_date", "start_date", "end_date", "status", "funding_yuan", "funding", "training", "staff", "equipment", "decision", "decided_by_org", "decided_on"];
        var csv = await StringSheet.ToCsvAsync(
            [header, .. rows.Select(a => new[]
            {
                a.Title, a.DepartmentNameZh, string.Join(' ', a.ListItems.Select(i => i.Code)),
                Day(a.DueDate), Day(a.StartDate), Day(a.EndDate), a.Status.ToString(),
                a.Support.FundingYuan.ToString("0.##", CultureInfo.InvariantCulture), a.Support.Funding.ToString(), a.Support.Training.ToString(),
                a.Support.Staff.ToString(), a.Support.Equipment.ToString(), a.Decision.Kind.ToString(), a.Decision.OrgUnitNameZh,
                Day(ChinaClock.DayOf(a.Decision.DecidedAtUtc)),
            })], ct);
        return TypedResults.File(csv, "text/csv; charset=utf-8", "assignments.csv");
    }
}
