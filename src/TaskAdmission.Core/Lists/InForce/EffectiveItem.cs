namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// An item as it applies to a village, with where it comes from. <see cref="Item"/> is a detached copy holding
/// the effective values (narrowed demands included); treat it as read-only, it is shared through the cache.
/// </summary>
/// <param name="Narrows">The city item this one overrides (override) or is part of (sub-item); null otherwise.</param>
public sealed record EffectiveItem(
    ListItem Item,
    ListSetRef Source,
    EffectiveItemOrigin Origin,
    ListItem? Narrows,
    ListSetRef? NarrowsSource)
{
    public string Code => Item.Code;

    public ListKind Kind => Item.Kind;

    public DemandKind AllowedDemands => Item.AllowedDemands;
}
