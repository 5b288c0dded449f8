using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.DataFields;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Web.Features.Burden;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.DataFields;

/// <summary>
/// Exports of the collect-once views (register, overlaps, savings), scoped like the burden dashboard, and of the field
/// dictionary (the import's own shape). Outside the scope, an unknown view or format: 404.
/// </summary>
public static class DataFieldEndpoints
{
    public static void MapDataFieldEndpoints(this WebApplication app)
    {
        app.MapGet("/burden/collection/export/{view}.{format}", ExportViewAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.AreaRoles));
        app.MapGet("/burden/fields/export.{format}", ExportDictionaryAsync).RequireAuthorization(p => p.RequireRole(BurdenRoles.Keeper));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportViewAsync(
        string view, string format, string? unit, ClaimsPrincipal user, CollectionRegisterService register, DataFieldService fields,
        IStringLocalizer<CollectionResource> c, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx") || !CollectionViews.Names.Contains(view))
        {
            return TypedResults.NotFound();
        }
        try
        {
            var r = await register.RegisterAsync(user.ToActor(), unit, null, ct);
            var table = CollectionViews.Table(view, r, await fields.DictionaryAsync(ct), c)!;
            return await BurdenEndpoints.FileAsync(table, format, $"collection-{view}-{r.Area.Code}-{r.Year}");
        }
        catch (RefusalException refusal) when (refusal.Kind == RefusalKind.NotFound)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportDictionaryAsync(string format, DataFieldService fields, CancellationToken ct) =>
        format is "csv" or "xlsx" ? await BurdenEndpoints.FileAsync(CollectionViews.Dictionary(await fields.DictionaryAsync(ct)), format, "data-fields") : TypedResults.NotFound();
}
