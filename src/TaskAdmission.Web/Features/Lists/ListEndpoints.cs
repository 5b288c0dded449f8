using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Application.Lists;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>
/// The lists screens' non-page endpoints: the htmx import fragment, and CSV/XLSX downloads of a set and of a diff.
/// Drafts are only handed to the administrators who manage them.
/// </summary>
public static class ListEndpoints
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddTaskAdmissionLists(this WebApplicationBuilder builder) =>
        builder.Services.AddScoped<ListImportRunner>();

    public static void MapListEndpoints(this WebApplication app)
    {
        // Form binding requires the antiforgery token already; the attribute says so where a reader looks.
        app.MapPost("/lists/admin/import/run", ImportAsync)
            .RequireAuthorization(p => p.RequireRole(AppRoles.ListAdministrator))
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapGet("/lists/admin/import/template.csv", Template)
            .RequireAuthorization(p => p.RequireRole(AppRoles.ListAdministrator));
        app.MapGet("/lists/admin/misjudgements.csv", MisjudgementsCsvAsync)
            .RequireAuthorization(p => p.RequireRole(AppRoles.ListAdministrator));
        var lists = app.MapGroup("/lists").RequireAuthorization();
        lists.MapGet("/sets/{id:guid}/export/{format}", ExportSetAsync);
        lists.MapGet("/diff/export", ExportDiffAsync);
    }

    /// <summary>The import page's htmx target: runs the import and returns the result fragment (antiforgery checked).</summary>
    private static async Task<RazorComponentResult<ListImportResult>> ImportAsync(
        [FromForm] ListImportForm form, IFormFile? file, ListImportRunner runner, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await runner.RunAsync(form, file, user, ct);
        return new RazorComponentResult<ListImportResult>(new { View = view });
    }

    /// <summary>
    /// A file to start from: the import format's header and two example rows written the way a list administrator would,
    /// with the Chinese names of kinds and demands (the importer reads those as well as the English codes).
    /// </summary>
    private static FileContentHttpResult Template()
    {
        var csv = "\uFEFFlist_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands\r\n"
            + "依法协助政府工作事项,XZ-99,协助开展老年人入户走访,Assist home visits to older people,社会保障,,老年人权益保障法,入户走访/现场工作、台账\r\n"
            + "负面/禁入事项,FM-99,作为招商引资责任主体,Acting as the party responsible for investment attraction,经济任务,,,\r\n";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), CsvType, "list-import-template.csv");
    }

    /// <summary>The list editors' queue as CSV, filtered as the page is, scoped to the administrator's area by the service.</summary>
    private static async Task<FileContentHttpResult> MisjudgementsCsvAsync(
        string? rule, string? item, bool? handled, PrecheckAppealService appeals, ClaimsPrincipal user, CancellationToken ct)
    {
        var manager = ListUsers.Manager(user) ?? Actor.ListAdministrator("", "");
        var csv = await appeals.MisjudgementsCsvAsync(manager, new MisjudgementFilter(rule, item, handled), ct);
        return TypedResults.File(csv, CsvType, "misjudgements.csv");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportSetAsync(
        Guid id, string format, ListService store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx") || await store.FindAsync(id, ListUsers.Manager(user), ct) is not { } set)
        {
            return TypedResults.NotFound();
        }

        var name = FileName($"{set.AuthorityOrgUnitCode}-{set.VersionLabel}");
        return format == "csv"
            ? TypedResults.File(await ListCsvExporter.ExportAsync(set.Items, ct), CsvType, name + ".csv")
            : TypedResults.File(ListXlsxExporter.Export(set.Items), XlsxType, name + ".xlsx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportDiffAsync(
        Guid? older, Guid? newer, string? dept, ListService store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (older is null || newer is null || await store.DiffAsync(older.Value, newer.Value, ListUsers.Manager(user), ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        ListDiffResult diff = string.IsNullOrWhiteSpace(dept) ? found.Diff : found.Diff.ForDepartment(dept.Trim());
        var name = FileName($"diff-{found.Older.VersionLabel}-{found.Newer.VersionLabel}");
        return TypedResults.File(await ListDiffCsvExporter.ExportAsync(diff, ct), CsvType, name + ".csv");
    }

    // Version labels are free text ("2025版"); keep letters, digits and a few separators for a safe file name.
    private static string FileName(string raw) =>
        new(raw.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
