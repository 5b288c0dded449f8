using System.Globalization;
using System.Security.Claims;
using System.Text;
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
        var csv = new StringBuilder();
        csv.AppendLine("title,department,list_items,due_date,start_date,end_date,status,funding_yuan,funding,training,staff,equipment,decision,decided_by_org,decided_on");
        foreach (var a in rows)
        {
            csv.AppendJoin(',', new[]
            {
                a.Title, a.DepartmentNameZh, string.Join(' ', a.ListItems.Select(i => i.Code)),
                a.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                a.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Status.ToString(),
                a.Support.FundingYuan.ToString("0.##", CultureInfo.InvariantCulture), a.Support.Funding.ToString(), a.Support.Training.ToString(),
                a.Support.Staff.ToString(), a.Support.Equipment.ToString(), a.Decision.Kind.ToString(), a.Decision.OrgUnitNameZh,
                ChinaClock.DayOf(a.Decision.DecidedAtUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }.Select(Cell)).AppendLine();
        }
        // UTF-8 with a BOM, so Excel opens Chinese text correctly.
        return TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8", "assignments.csv");
    }

    /// <summary>A CSV cell: quoted when needed, and never read as a formula by a spreadsheet.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
