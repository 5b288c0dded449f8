using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Lists;
using TaskAdmission.Application.Lists;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>
/// /api/v1/lists/in-force, /api/v1/list-sets and /api/v1/list-sets/{id}/items: every signed-in user and department
/// key may read (the group's fallback policy). Drafts are shown only to the list administrators who manage them.
/// </summary>
public static class ListsApi
{
    public static void MapListsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/lists/in-force", InForceAsync).WithName("GetListsInForce");
        api.MapGet("/list-sets", SetsAsync).WithName("ListListSets");
        api.MapGet("/list-sets/{id:guid}/items", ItemsAsync).WithName("GetListSetItems");
    }

    private static async Task<Results<Ok<InForceResponse>, ProblemHttpResult>> InForceAsync(
        string? orgUnit, string? date, ListService lists, IStringLocalizer<ListsResource> text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(orgUnit))
        {
            return Problem(StatusCodes.Status400BadRequest, text["Api.OrgUnitRequired"]);
        }

        var day = lists.Today;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Problem(StatusCodes.Status400BadRequest, text["Api.BadDate", date]);
        }

        var lookup = await lists.InForceAsync(orgUnit.Trim(), day, ct);
        if (lookup.Unit is null)
        {
            return Problem(StatusCodes.Status400BadRequest, text["Api.UnknownOrgUnit", orgUnit]);
        }

        var inForce = lookup.Lists!;
        if (!inForce.IsInForce)
        {
            return Problem(StatusCodes.Status404NotFound, text["Api.NoListInForce"], ListText.ProblemText(inForce.Problem), inForce.Problem.Code.ToString());
        }

        return TypedResults.Ok(new InForceResponse(
            lookup.Unit.Code,
            day,
            ListSetRefDto.Of(inForce.List.City),
            inForce.List.District is { } district ? ListSetRefDto.Of(district) : null,
            inForce.Items.Select(EffectiveItemDto.Of).ToList(),
            inForce.List.Warnings.Select(ListText.Problem).ToList()));
    }

    private static async Task<Results<Ok<List<ListSetDto>>, ProblemHttpResult>> SetsAsync(
        string? authority, string? status, ListService lists, ClaimsPrincipal user, IStringLocalizer<ListsResource> text, CancellationToken ct)
    {
        ListSetStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<ListSetStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return Problem(StatusCodes.Status400BadRequest, text["Api.BadStatus", status]);
            }

            wanted = parsed;
        }

        var authorities = string.IsNullOrWhiteSpace(authority) ? null : new[] { authority.Trim() };
        var sets = (await lists.SetsAsync(authorities, wanted, ct)).Where(s => s.Status != ListSetStatus.Draft).ToList();
        if (ListUsers.Manager(user) is { } manager && wanted is null or ListSetStatus.Draft)
        {
            sets.AddRange((await lists.ManageableSetsAsync(manager, ct))
                .Where(s => s.Status == ListSetStatus.Draft && (authorities is null || authorities.Contains(s.AuthorityOrgUnitCode))));
        }

        return TypedResults.Ok(sets.Select(ListSetDto.Of).ToList());
    }

    private static async Task<Results<Ok<ListSetItemsResponse>, ProblemHttpResult>> ItemsAsync(
        Guid id, ListService lists, ClaimsPrincipal user, IStringLocalizer<ListsResource> text, CancellationToken ct)
    {
        var manager = ListUsers.Manager(user);
        if (await lists.FindAsync(id, manager, ct) is not { } set)
        {
            return Problem(StatusCodes.Status404NotFound, text["Api.NoSuchSet"]);
        }

        var summary = (await lists.SetsAsync([set.AuthorityOrgUnitCode], null, ct)).Single(s => s.Id == id);
        return TypedResults.Ok(new ListSetItemsResponse(ListSetDto.Of(summary), set.Items.Select(ListItemDto.Of).ToList()));
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail = null, string? code = null) =>
        TypedResults.Problem(
            title: title,
            detail: detail,
            statusCode: status,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
