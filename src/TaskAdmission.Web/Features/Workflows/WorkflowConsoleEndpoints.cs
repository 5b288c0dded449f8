using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TaskAdmission.Application.Workflows.Definitions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Workflows;

/// <summary>
/// The console's endpoints beside its pages: a version's XML as a download, and the designer's save (a form post with the
/// antiforgery token, answered in JSON: the new version, or every problem with the element it is about).
/// </summary>
public static class WorkflowConsoleEndpoints
{
    public static void MapWorkflowConsole(this WebApplication app)
    {
        var admin = app.MapGroup("/admin/workflows").RequireAuthorization(p => p.RequireRole(AppRoles.SystemAdministrator));
        admin.MapGet("/definitions/{processId}/{version:int}/xml", DownloadAsync);
        admin.MapPost("/designer/deploy", DeployAsync);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(string processId, int version, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        try
        {
            var deployed = await definitions.GetAsync(processId, version, ct);
            return TypedResults.File(Encoding.UTF8.GetBytes(deployed.Xml), "application/xml", $"{processId}-v{version}.bpmn");
        }
        catch (RefusalException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<DesignerSaved>, BadRequest<DesignerRefused>>> DeployAsync(
        [FromForm] string? xml, ClaimsPrincipal user, WorkflowDefinitionService definitions, CancellationToken ct)
    {
        try
        {
            var result = await definitions.DeployAsync(xml ?? "", user.ToActor(), ct);
            return TypedResults.Ok(new DesignerSaved(result.ProcessId, result.Version, result.IsNewVersion,
                [.. result.Warnings.Select(w => new DesignerProblem(w.ElementId, w.Line, w.Message, true))]));
        }
        catch (RefusalException refusal)
        {
            return TypedResults.BadRequest(new DesignerRefused([.. refusal.Problems.Select(p => p is BpmnProblem b
                ? new DesignerProblem(b.Field, b.Line, b.Message, b.Warning)
                : new DesignerProblem("", 0, p.Code, false))]));
        }
    }
}
