namespace TaskAdmission.Web.Features.Lists;

/// <summary>GET /api/v1/list-sets/{id}/items.</summary>
public sealed record ListSetItemsResponse(ListSetDto Set, IReadOnlyList<ListItemDto> Items);
