using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Admission;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>
/// The admission screens' endpoints besides the pages: htmx fragments (the live pre-check, one more demand row) and
/// attachment downloads. Fragment endpoints read the form, so antiforgery is validated (the forms carry the token).
/// </summary>
public static partial class AdmissionScreenEndpoints
{
    public static readonly string[] ReaderRoles =
        [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.TownshipApprover, AppRoles.JointReviewer, AppRoles.Supervisor];

    [GeneratedRegex(@"^Demands\[([0-9]{1,3})\]\.")]
    private static partial Regex DemandField();

    public static void MapAdmissionScreens(this WebApplication app)
    {
        var screens = app.MapGroup("/admission");
        screens.MapPost("/fragments/precheck", PrecheckAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter));
        screens.MapPost("/fragments/demand-row", DemandRowAsync).RequireAuthorization(p => p.RequireRole(AppRoles.DepartmentSubmitter));
        screens.MapGet("/attachments/{id:guid}", DownloadAsync).RequireAuthorization(p => p.RequireRole(ReaderRoles));
    }

    private static async Task<RazorComponentResult<PrecheckPanel>> PrecheckAsync(
        IFormCollection form, ClaimsPrincipal user, AdmissionService admission, CancellationToken ct)
    {
        var fields = SubmissionForm.Read(form);
        var (result, problems) = await LivePrecheck.RunAsync(fields, user.ToActor().DepartmentCode ?? "", admission, ct);
        return new RazorComponentResult<PrecheckPanel>(new { Result = result, Problems = problems, Live = true, fields.Title, fields.Description });
    }

    /// <summary>One more blank row, numbered after the highest row the form already has.</summary>
    private static Task<RazorComponentResult<DemandRow>> DemandRowAsync(IFormCollection form)
    {
        var next = form.Keys.Select(k => DemandField().Match(k)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
            .DefaultIfEmpty(0).Max();
        return Task.FromResult(new RazorComponentResult<DemandRow>(new { Index = Math.Min(next, 99) }));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid id, ClaimsPrincipal user, AttachmentService attachments, HttpResponse response, CancellationToken ct)
    {
        var attachment = await attachments.GetAsync(id, user.ToActor(), ct);
        if (attachment is null)
        {
            return TypedResults.NotFound();
        }
        // The type was recognised from the file's first bytes; the browser must not guess another.
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
