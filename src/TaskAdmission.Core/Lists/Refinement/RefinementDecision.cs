namespace TaskAdmission.Core.Lists.Refinement;

/// <summary>
/// How one district item relates to the city set. <see cref="Rejected"/> items must not take effect;
/// <see cref="EffectiveDemands"/> is never wider than the city item it narrows.
/// </summary>
/// <param name="CityItem">The city item overridden (Override) or the parent (SubItem); null for district-only items.</param>
internal sealed record RefinementDecision(
    RefinementRole Role,
    ListItem? CityItem,
    DemandKind EffectiveDemands,
    bool Rejected,
    IReadOnlyList<ListProblem> Problems);
