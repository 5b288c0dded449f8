namespace TaskAdmission.Core.Purchase;

/// <summary>
/// Who may be chosen: direct entrustment only of the village committee of the one village covered; otherwise an active,
/// not blacklisted social organisation or company whose service areas cover every village, with the reason recorded.
/// A blacklisted or inactive provider is refused whichever way it is chosen.
/// </summary>
public static class SelectionRules
{
    public const int ReasonMax = PurchaseCase.ReasonMax;

    /// <param name="provider">The chosen provider (for entrustment: the committee of the covered village), or null when none was found.</param>
    public static List<PurchaseProblem> Validate(ProviderSelection s, Provider? provider, IReadOnlyList<CoveredVillage> villages)
    {
        var problems = new List<PurchaseProblem>();
        switch (s.Mode)
        {
            case SelectionMode.DirectEntrustment:
                if (villages.Count != 1)
                {
                    problems.Add(new PurchaseProblem("mode", PurchaseProblemCode.EntrustmentNeedsOneVillage));
                    return problems;
                }
                if (provider is not null && provider.Kind != ProviderKind.VillageCommittee)
                {
                    problems.Add(new PurchaseProblem("mode", PurchaseProblemCode.EntrustmentIsForVillages));
                }
                break;
            case SelectionMode.Choice:
                TextRules.Required(problems, "reason", s.Reason, ReasonMax);
                if (s.ProviderId is null)
                {
                    problems.Add(new PurchaseProblem("providerId", PurchaseProblemCode.Required));
                    return problems;
                }
                if (provider is not null && provider.Kind == ProviderKind.VillageCommittee)
                {
                    problems.Add(new PurchaseProblem("providerId", PurchaseProblemCode.ChoiceNeedsRegisteredProvider));
                }
                break;
            default:
                problems.Add(new PurchaseProblem("mode", PurchaseProblemCode.Required));
                return problems;
        }
        TextRules.Optional(problems, "reason", s.Reason, ReasonMax);
        if (provider is null)
        {
            problems.Add(new PurchaseProblem("providerId", PurchaseProblemCode.ProviderNotFound));
            return problems;
        }
        if (provider.Blacklisted)
        {
            problems.Add(new PurchaseProblem("providerId", PurchaseProblemCode.ProviderBlacklisted, provider.Name));
        }
        else if (provider.Status != ProviderStatus.Active)
        {
            problems.Add(new PurchaseProblem("providerId", PurchaseProblemCode.ProviderInactive, provider.Name));
        }
        problems.AddRange(villages.Where(v => !v.ServedBy(provider))
            .Select(v => new PurchaseProblem("providerId", PurchaseProblemCode.ProviderOutsideArea, provider.Name, v.VillageCode)));
        return problems;
    }
}
