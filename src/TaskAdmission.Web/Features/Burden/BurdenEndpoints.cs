using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Burden;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>
/// Exports of every burden view, CSV or XLSX, with the page's own filter (query string) and the same table the page
/// shows. Not in the viewer's scope, an unknown view or format: 404; a filter value not understood: 400 naming it.
/// </summary>
public static class BurdenEndpoints
{
    public static void MapBurdenEndpoints(this WebApplication app)
    {
        app.MapGet("/burden/export/{view}.{format}", ExportViewAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.AreaRoles));
        app.MapGet("/burden/departments/export.{format}", ExportScorecardsAsync).RequireAuthorization(p => p.RequireRole(AppRoles.Supervisor));
        app.MapGet("/burden/departments/{code}/export.{format}", ExportScorecardAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.ScorecardRoles));
        app.MapGet("/burden/baselines/export.{format}", ExportBaselinesAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.Keeper));
        app.MapGet("/burden/targets/export.{format}", ExportTargetsAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.Keeper));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportViewAsync(
        string view, string format, string? unit, string? period, string? kind, string? dept, string? measure,
        ClaimsPrincipal user, BurdenDashboardService dashboards, IStringLocalizer<BurdenResource> b, CancellationToken ct)
    {
        var (filter, problems) = new BurdenQuery(period, kind, dept, measure).Read(dashboards.CurrentYear);
        if (problems.Count > 0)
        {
            return Invalid(problems, b);
        }
        if (!IsFormat(format))
        {
            return TypedResults.NotFound();
        }
        return await Refusals(async () =>
        {
            var dashboard = await dashboards.DashboardAsync(user.ToActor(), unit, filter, ct);
            return BurdenViews.Table(view, dashboard, b) is { } table
                ? await FileAsync(table, format, $"burden-{view}-{dashboard.Area.Code}-{filter.Period}")
                : null;
        });
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportScorecardsAsync(
        string format, string? period, string? measure, ClaimsPrincipal user, ScorecardService scorecards, BurdenDashboardService dashboards,
        IStringLocalizer<BurdenResource> b, CancellationToken ct)
    {
        var (filter, problems) = new BurdenQuery(period, null, null, measure).Read(dashboards.CurrentYear);
        if (problems.Count > 0)
        {
            return Invalid(problems, b);
        }
        return !IsFormat(format) ? TypedResults.NotFound() : await Refusals(async () =>
        {
            var (area, cards) = await scorecards.ListAsync(user.ToActor(), filter.Period, filter.Measure, ct);
            return await FileAsync(ScorecardViews.List(cards, filter.Measure, b), format, $"burden-departments-{area.Code}-{filter.Period}");
        });
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportScorecardAsync(
        string code, string format, string? period, ClaimsPrincipal user, ScorecardService scorecards, BurdenDashboardService dashboards,
        IStringLocalizer<BurdenResource> b, CancellationToken ct)
    {
        var (filter, problems) = new BurdenQuery(period, null, null, null).Read(dashboards.CurrentYear);
        if (problems.Count > 0)
        {
            return Invalid(problems, b);
        }
        return !IsFormat(format) ? TypedResults.NotFound() : await Refusals(async () =>
        {
            var (area, card) = await scorecards.ScorecardAsync(user.ToActor(), code, filter.Period, ct);
            return await FileAsync(ScorecardViews.Card(card, b), format, $"burden-scorecard-{card.Code}-{area.Code}-{filter.Period}");
        });
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportBaselinesAsync(
        string format, ClaimsPrincipal user, BaselineService baselines, IStringLocalizer<BurdenResource> b, CancellationToken ct) =>
        !IsFormat(format) ? TypedResults.NotFound() : await Refusals(async () =>
            await FileAsync(ScorecardViews.Baselines(await baselines.ListAsync(user.ToActor(), ct), b), format, "burden-baselines"));

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportTargetsAsync(
        string format, ClaimsPrincipal user, TargetService targets, IStringLocalizer<BurdenResource> b, CancellationToken ct) =>
        !IsFormat(format) ? TypedResults.NotFound() : await Refusals(async () =>
            await FileAsync(BurdenViews.Targets(await targets.ListAsync(user.ToActor(), ct), b), format, "burden-targets"));

    private static bool IsFormat(string format) => format is "csv" or "xlsx";

    /// <summary>A table as a CSV or XLSX download (also the collect-once exports').</summary>
    internal static async Task<FileContentHttpResult> FileAsync(BurdenTable table, string format, string name)
    {
        if (format == "xlsx")
        {
            return TypedResults.File(table.ToXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
        }
        using var buffer = new MemoryStream();
        await table.WriteCsvAsync(buffer);
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"{name}.csv");
    }

    /// <summary>Runs an export; a refusal (not in scope) or a view that does not apply here (null) is not found.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Refusals(Func<Task<FileContentHttpResult?>> export)
    {
        try
        {
            return await export() is { } file ? file : TypedResults.NotFound();
        }
        catch (RefusalException refusal) when (refusal.Kind == RefusalKind.NotFound)
        {
            return TypedResults.NotFound();
        }
    }

    private static ValidationProblem Invalid(IEnumerable<string> problems, IStringLocalizer<BurdenResource> b) =>
        TypedResults.ValidationProblem(problems.ToDictionary(p => p.Replace("Filter.Bad", "", StringComparison.Ordinal).ToLowerInvariant(), p => new[] { b[p].Value }),
            title: b["Export.BadFilter"]);
}
