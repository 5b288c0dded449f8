namespace TaskAdmission.Core.Lists.Refinement;

/// <summary>
/// Checks a district set against the published city set it refines. A district may add sub-items and its own
/// items and narrow city items; it may never re-allow what the city prohibits. Item problems carry the item code
/// and, when the items came from an import, the file row.
/// </summary>
public static class RefinementValidator
{
    public static IReadOnlyList<ListProblem> Validate(ListSet citySet, ListSet districtSet)
    {
        var problems = new List<ListProblem>();
        if (districtSet.ParentListSetId != citySet.Id)
        {
            problems.Add(ListProblem.General(ListProblemCode.ParentSetMismatch, citySet.VersionLabel));
        }

        if (citySet.Status != ListSetStatus.Published)
        {
            problems.Add(ListProblem.General(ListProblemCode.ParentSetNotPublished, citySet.VersionLabel));
        }

        if (citySet.AuthorityOrgUnitCode == districtSet.AuthorityOrgUnitCode)
        {
            problems.Add(ListProblem.General(ListProblemCode.NotARefinement, citySet.AuthorityOrgUnitCode));
        }

        problems.AddRange(ValidateItems(citySet.Items, districtSet.Items));
        return problems;
    }

    /// <summary>The item rules alone, for checking an import before it is attached to a draft.</summary>
    public static IReadOnlyList<ListProblem> ValidateItems(IReadOnlyList<ListItem> cityItems, IReadOnlyList<ListItem> districtItems)
    {
        var rules = new RefinementRules(cityItems, districtItems);
        var problems = new List<ListProblem>();
        var seen = new Dictionary<string, ListItem>(ListCodes.Comparer);
        foreach (var item in districtItems)
        {
            var row = RefinementRules.RowOf(item);
            if (!seen.TryAdd(item.Code, item))
            {
                problems.Add(ListProblem.ForItem(ListProblemCode.DuplicateCode, item.Code, row, item.Code, RefinementRules.RowOf(seen[item.Code])));
                continue;
            }

            if (item.Kind.IsProhibitive() && item.AllowedDemands != DemandKind.None)
            {
                problems.Add(ListProblem.ForItem(ListProblemCode.DemandsOnProhibitedItem, item.Code, row, item.Kind, item.AllowedDemands));
            }

            problems.AddRange(rules.Decide(item).Problems);
        }

        return problems;
    }

    /// <summary>The role each district item plays (override, sub-item, district-only), for display.</summary>
    public static RefinementRole RoleOf(IReadOnlyList<ListItem> cityItems, ListItem districtItem) =>
        cityItems.Any(c => ListCodes.AreEqual(c.Code, districtItem.Code)) ? RefinementRole.Override
        : districtItem.ParentCode is null ? RefinementRole.DistrictOnly
        : RefinementRole.SubItem;
}
