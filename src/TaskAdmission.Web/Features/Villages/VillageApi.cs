using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Web.Api;
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
        var me = api.MapGroup("/villages/me").RequireAuthorization(p => p.RequireRole(AppRoles.VillageCommittee)).WithRefusalProblems("Assignment");
        me.MapGet("/assignments", InboxAsync).WithName("VillageAssignments");
        me.MapGet("/assignments/search", SearchAsync).WithName("VillageAssignmentSearch");
        me.MapGet("/assignments/{id:guid}", GetAsync).WithName("VillageAssignment");
        me.MapGet("/reports", ReportsAsync).WithName("VillageReports");
    }

    private static async Task<Results<Ok<InboxResponse>, CachedJsonResult<InboxResponse>>> InboxAsync(ClaimsPrincipal user, VillageInboxCache cache,
        HttpContext http, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, string? status, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (status == "done")
        {
            var done = await Inbox(http).DoneAsync(actor, VillageInboxService.MaxRows, ct);
            return TypedResults.Ok(new InboxResponse(actor.OrgUnitCode ?? "", [.. done.GroupBy(d => d.DueDate).OrderBy(g => g.Key).Select(g => new DueGroupDto(g.Key, [.. g.Select(AssignmentDto.From)]))]));
        }
        var english = VillageText.English;
        // A hit is served from the cache alone: the service (and the pooled database context it leases) only on a miss.
        if (VillageInboxService.TryKept(cache, actor, ApiRendering(english), out var kept))
        {
            return new CachedJsonResult<InboxResponse>((byte[])kept);
        }
        var body = await OpenJsonAsync(Inbox(http), actor, english, json.Value.SerializerOptions, ct);
        return new CachedJsonResult<InboxResponse>(body);
    }

    private static VillageInboxService Inbox(HttpContext http) => http.RequestServices.GetRequiredService<VillageInboxService>();

    /// <summary>
    /// The open inbox's JSON body in English or Chinese, from the village's cached inbox or read and kept. The JSON is
    /// what the cache keeps, per language: names in it depend on the language. A miss keeps the body in the language
    /// asked for and the other language's names, from which the other body is made without a read.
    /// </summary>
    public static async Task<byte[]> OpenJsonAsync(VillageInboxService inbox, Actor actor, bool english, JsonSerializerOptions options, CancellationToken ct = default)
    {
        var village = actor.OrgUnitCode ?? "";
        var key = ApiRendering(english);
        return (byte[])await inbox.OpenRenderedAsync(actor, key,
            groups =>
            {
                var (written, otherNames) = InboxJson.WriteWithOther(village, groups, english, options);
                // With the open work's language-neutral snapshot, as the page keeps it: what a dispatch's write-through
                // updates (InboxWriteThrough), and what this JSON is then derived from without a read.
                return new(new OpenInbox([new(key, written), new(OtherNames(!english), otherNames),
                    new(VillageInboxService.PageRendering, InboxSnapshot.Write(groups))]));
            },
            kept => new(kept.Bytes(ApiRendering(!english)) is { } other && kept.Bytes(OtherNames(english)) is { } names
                ? OpenInbox.Of(key, InboxJson.Splice(other, names))
                : DeriveFromSnapshot(kept, village, english, options)),
            ct);
    }

    /// <summary>
    /// The JSON in a language from the entry's language-neutral snapshot of the open work (<see cref="VillageInboxService.PageRendering"/>,
    /// kept by every miss and updated by a dispatch's write-through) when the other language's JSON is not kept: what a
    /// read of the same work renders (and the other language's names, as a read keeps them); null without a snapshot.
    /// </summary>
    internal static OpenInbox? DeriveFromSnapshot(OpenInbox kept, string village, bool english, JsonSerializerOptions options)
    {
        if (kept.Bytes(VillageInboxService.PageRendering) is not { } snapshot)
        {
            return null;
        }
        var (written, otherNames) = InboxJson.WriteWithOther(village, InboxSnapshot.ReadGroups(snapshot), english, options);
        return OpenInbox.Of(ApiRendering(english), written, OtherNames(!english), otherNames);
    }

    /// <summary>The key of the open inbox's JSON in a language on a village's cached inbox.</summary>
    public static string ApiRendering(bool english) => english ? "api:en" : "api:zh";

    /// <summary>The key of a language's names at their places in the other language's JSON (<see cref="InboxJson.Splice"/>).</summary>
    private static string OtherNames(bool english) => english ? "api:names:en" : "api:names:zh";

    /// <summary>
    /// The open inbox's JSON body in the current UI language through the DTOs: what <see cref="InboxJson.Write"/> writes
    /// without them (its tests compare the two; the benchmarks' before).
    /// </summary>
    public static byte[] RenderInbox(string village, IReadOnlyList<DueGroup> groups, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new InboxResponse(village, [.. groups.Select(g => new DueGroupDto(g.DueDate, [.. g.Assignments.Select(AssignmentDto.From)]))]), options);

    private static async Task<Ok<AssignmentDto>> GetAsync(Guid id, ClaimsPrincipal user, VillageInboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(AssignmentDto.From(await inbox.GetAsync(id, user.ToActor(), ct) ?? throw RefusalException.NotFound()));

    private static async Task<Ok<SearchResponse>> SearchAsync(ClaimsPrincipal user, VillageInboxService inbox, string? department, string? q, CancellationToken ct)
    {
        var found = await inbox.SearchAsync(user.ToActor(), department, q, ct);
        return TypedResults.Ok(new SearchResponse(found.Count > 0, [.. found.Select(AssignmentDto.From)]));
    }

    private static async Task<Ok<List<VillageReportDto>>> ReportsAsync(ClaimsPrincipal user, UnadmittedReportService reports, CancellationToken ct) =>
        TypedResults.Ok((await reports.ForVillageAsync(user.ToActor(), ct)).Select(r => new VillageReportDto(
            r.Number, r.DepartmentCode, r.DepartmentName, r.Demand, r.Channel.ToString(), r.DemandedOn, r.Anonymous, r.Status.ToString(),
            r.Finding?.ToString(), r.Action?.ToString())).ToList());
}
