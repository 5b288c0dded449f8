using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TaskAdmission.Core.Security;
using TaskAdmission.Data.Villages;
using TaskAdmission.Data.Villages.Reports;
using TaskAdmission.Web.Security;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>
/// The village committee's API: its own admitted work, grouped by due date; one assignment; the "is it admitted?"
/// search. Another village's work, or work not admitted, is 404.
/// </summary>
public static class VillageApi
{
    public static void MapVillageApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/villages/me").RequireAuthorization(p => p.RequireRole(AppRoles.VillageCommittee));
        me.MapGet("/assignments", InboxAsync).WithName("VillageAssignments");
        me.MapGet("/assignments/search", SearchAsync).WithName("VillageAssignmentSearch");
        me.MapGet("/assignments/{id:guid}", GetAsync).WithName("VillageAssignment");
        me.MapGet("/reports", ReportsAsync).WithName("VillageReports");
    }

    private static async Task<Ok<InboxResponse>> InboxAsync(ClaimsPrincipal user, VillageInbox inbox, string? status, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (status == "done")
        {
            var done = await inbox.DoneAsync(actor, VillageInbox.MaxRows, ct);
            return TypedResults.Ok(new InboxResponse(actor.OrgUnitCode ?? "", [.. done.GroupBy(d => d.DueDate).OrderBy(g => g.Key).Select(g => new DueGroupDto(g.Key, [.. g.Select(AssignmentDto.From)]))]));
        }
        var groups = await inbox.OpenAsync(actor, ct);
        return TypedResults.Ok(new InboxResponse(actor.OrgUnitCode ?? "", [.. groups.Select(g => new DueGroupDto(g.DueDate, [.. g.Assignments.Select(AssignmentDto.From)]))]));
    }

    private static async Task<Results<Ok<AssignmentDto>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, VillageInbox inbox, CancellationToken ct) =>
        await inbox.GetAsync(id, user.ToActor(), ct) is { } view
            ? TypedResults.Ok(AssignmentDto.From(view))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such assignment, or not visible to you.");

    private static async Task<Ok<SearchResponse>> SearchAsync(ClaimsPrincipal user, VillageInbox inbox, string? department, string? q, CancellationToken ct)
    {
        var found = await inbox.SearchAsync(user.ToActor(), department, q, ct);
        return TypedResults.Ok(new SearchResponse(found.Count > 0, [.. found.Select(AssignmentDto.From)]));
    }

    private static async Task<Ok<List<VillageReportDto>>> ReportsAsync(ClaimsPrincipal user, UnadmittedReportService reports, CancellationToken ct) =>
        TypedResults.Ok((await reports.ForVillageAsync(user.ToActor(), ct)).Select(r => new VillageReportDto(
            r.Number, r.DepartmentCode, r.DepartmentName, r.Demand, r.Channel.ToString(), r.DemandedOn, r.Anonymous, r.Status.ToString(),
            r.Finding?.ToString(), r.Action?.ToString())).ToList());
}
