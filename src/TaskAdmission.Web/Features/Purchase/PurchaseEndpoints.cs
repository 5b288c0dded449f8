using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Localization;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>Downloads of the purchase screens: case files, the provider register and the money view as CSV and XLSX.</summary>
public static class PurchaseEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapPurchaseEndpoints(this WebApplication app)
    {
        var purchase = app.MapGroup("/purchase");
        purchase.MapGet("/files/{id:guid}", FileAsync).RequireAuthorization(p => p.RequireRole(PurchaseRoles.Split(PurchaseRoles.FileReaders)));
        purchase.MapGet("/providers.csv", (ClaimsPrincipal user, ProviderService providers, CancellationToken ct) => ProvidersAsync(user, providers, xlsx: false, ct))
            .RequireAuthorization(p => p.RequireRole(PurchaseRoles.Split(PurchaseRoles.ProviderReaders)));
        purchase.MapGet("/providers.xlsx", (ClaimsPrincipal user, ProviderService providers, CancellationToken ct) => ProvidersAsync(user, providers, xlsx: true, ct))
            .RequireAuthorization(p => p.RequireRole(PurchaseRoles.Split(PurchaseRoles.ProviderReaders)));
        purchase.MapGet("/money.csv", (HttpContext http, PurchaseMoneyService money, OrganisationService org, IStringLocalizer<PurchaseResource> p, ChinaClock clock, CancellationToken ct) =>
            MoneyAsync(http, money, org, p, clock, xlsx: false, ct)).RequireAuthorization(p => p.RequireRole(PurchaseRoles.Split(PurchaseRoles.Readers)));
        purchase.MapGet("/money.xlsx", (HttpContext http, PurchaseMoneyService money, OrganisationService org, IStringLocalizer<PurchaseResource> p, ChinaClock clock, CancellationToken ct) =>
            MoneyAsync(http, money, org, p, clock, xlsx: true, ct)).RequireAuthorization(p => p.RequireRole(PurchaseRoles.Split(PurchaseRoles.Readers)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(Guid id, ClaimsPrincipal user, PurchaseCaseService cases, HttpContext http, CancellationToken ct)
    {
        var file = await cases.FileAsync(id, user.ToActor(), ct);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        // The type was recognised from the file's first bytes; the browser must not guess another.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<FileContentHttpResult> ProvidersAsync(ClaimsPrincipal user, ProviderService providers, bool xlsx, CancellationToken ct)
    {
        var rows = await providers.ExportAsync(user.ToActor(), ct);
        return xlsx
            ? TypedResults.File(StringSheet.ToXlsx(rows, ProviderFile.SheetName), Xlsx, "providers.xlsx")
            : TypedResults.File(await StringSheet.ToCsvAsync(rows, ct), "text/csv; charset=utf-8", "providers.csv");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> MoneyAsync(
        HttpContext http, PurchaseMoneyService money, OrganisationService org, IStringLocalizer<PurchaseResource> p, ChinaClock clock, bool xlsx, CancellationToken ct)
    {
        MoneyView view;
        try
        {
            view = await money.ViewAsync(MoneyQuery.Read(http.Request.Query, clock.Today.Year), http.User.ToActor(), ct);
        }
        catch (RefusalException)
        {
            return TypedResults.NotFound();
        }
        var rows = MoneyExport.Rows(view, p, await OrgNames.LoadAsync(org, ct));
        var name = $"purchase-money-{view.Filter.Year}";
        return xlsx
            ? TypedResults.File(StringSheet.ToXlsx(rows, p["Money.Title"]), Xlsx, $"{name}.xlsx")
            : TypedResults.File(await StringSheet.ToCsvAsync(rows, ct), "text/csv; charset=utf-8", $"{name}.csv");
    }
}
