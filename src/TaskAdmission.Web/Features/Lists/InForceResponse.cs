namespace TaskAdmission.Web.Features.Lists;

/// <summary>GET /api/v1/lists/in-force: the merged lists for an org unit on a date.</summary>
public sealed record InForceResponse(
    string OrgUnit,
    DateOnly Date,
    ListSetRefDto City,
    ListSetRefDto? District,
    IReadOnlyList<EffectiveItemDto> Items,
    IReadOnlyList<string> Warnings);
