using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>
/// An item in force for an org unit: the effective values, the set it comes from, how it got there (City,
/// DistrictOverride, DistrictSubItem, DistrictOnly) and, for a district's item, the city item it narrows.
/// </summary>
public sealed record EffectiveItemDto(
    string Code,
    string Kind,
    string TitleZh,
    string? TitleEn,
    string? Category,
    string? Department,
    string? LegalBasis,
    string[] AllowedDemands,
    string? ParentCode,
    string Origin,
    ListSetRefDto Source,
    NarrowedFromDto? NarrowedFrom)
{
    public static EffectiveItemDto Of(EffectiveItem e) => new(
        e.Code, e.Kind.ToString(), e.Item.TitleZh, e.Item.TitleEn, e.Item.Category, e.Item.DepartmentCode, e.Item.LegalBasis,
        ListItemDto.Demands(e.AllowedDemands), e.Item.ParentCode, e.Origin.ToString(), ListSetRefDto.Of(e.Source),
        e.Narrows is { } city && e.NarrowsSource is { } source
            ? new NarrowedFromDto(city.Code, ListItemDto.Demands(city.AllowedDemands), ListSetRefDto.Of(source))
            : null);
}
