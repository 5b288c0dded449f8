using TaskAdmission.Application.Lists;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>
/// A list set without items; <see cref="PublishedAt"/> is UTC. Who published it is left out: the API carries no
/// personal data it does not need.
/// </summary>
public sealed record ListSetDto(
    Guid Id,
    string Authority,
    string Name,
    string VersionLabel,
    string Status,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    Guid? ParentListSetId,
    DateTime? PublishedAt,
    int ItemCount)
{
    public static ListSetDto Of(ListSetSummary s) => new(
        s.Id, s.AuthorityOrgUnitCode, s.Name, s.VersionLabel, s.Status.ToString(), s.EffectiveFrom, s.EffectiveTo,
        s.ParentListSetId, s.PublishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, s.ItemCount);
}
