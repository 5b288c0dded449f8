using System.Globalization;
using System.Security.Claims;
using System.Runtime.CompilerServices;
using TaskAdmission.Application.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Audit;

/// <summary>
/// The audit record's downloads: the viewer's filtered entries as CSV (supervisor, system administrator) and the
/// chain's head as JSON (system administrator), to hand to an outside party.
/// </summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this WebApplication app)
    {
        app.MapGet("/audit/export.csv", ExportAsync).RequireAuthorization(p => p.RequireRole(AppRoles.Supervisor, AppRoles.SystemAdministrator));
        app.MapGet("/admin/audit/head.json", HeadAsync).RequireAuthorization(p => p.RequireRole(AppRoles.SystemAdministrator));
    }

    private static async Task<IResult> ExportAsync(HttpContext http, ClaimsPrincipal user, AuditViewService audit, CancellationToken ct)
    {
        var (filter, bad) = AuditQuery.Read(http.Request.Query).ToFilter();
        if (filter is null)
        {
            return TypedResults.ValidationProblem(bad.ToDictionary(b => b, b => new[] { b is "from" or "to" ? "yyyy-MM-dd, 2000-2100" : $"at most {AuditQuery.TextMax} characters" }));
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=audit.csv";
        http.Response.Headers.CacheControl = "private, no-store";
        // UTF-8 with a BOM, so Excel opens Chinese text; cells that a spreadsheet would run as formulas are escaped.
        await StringSheet.WriteCsvAsync(Rows(audit, filter, user.ToActor(), ct), http.Response.Body, ct);
        return Results.Empty;
    }

    private static async IAsyncEnumerable<string[]> Rows(AuditViewService audit, AuditFilter filter, Actor actor, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return ["sequence", "at_utc", "actor", "action", "subject", "details", "previous_hash", "hash", "intact"];
        await foreach (var row in audit.ExportAsync(filter, actor, ct))
        {
            var e = row.Entry;
            yield return [e.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "", Core.Audit.AuditHash.TimeText(e.AtUtc), e.Actor, e.Action, e.Subject, e.Details ?? "", e.PreviousHash ?? "", e.Hash ?? "", row.Intact ? "yes" : "no"];
        }
    }

    private static async Task<IResult> HeadAsync(AuditChainService chain, ChinaClock clock, CancellationToken ct)
    {
        var head = await chain.HeadAsync(ct);
        return TypedResults.Json(new
        {
            format = "ta-audit-v1",
            sequence = head.Sequence,
            hash = head.Hash,
            atUtc = head.AtUtc,
            exportedAtUtc = clock.UtcNow,
            verifyWith = $"verify-audit --head {head}",
        }, contentType: "application/json", statusCode: 200);
    }
}
