using TaskAdmission.Core.Lists.Refinement;

namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// Merges a city set with a district refinement. Applies the refinement rules again because a district set in
/// force may refine an older city version: whatever the data, the result never allows more than the city does.
/// Rule of thumb when a district item breaks a rule: keep prohibitions, drop permissions.
/// </summary>
internal static class ListMerger
{
    public static MergedList Merge(ListSet city, ListSet? district)
    {
        var cityRef = ListSetRef.Of(city);
        var cityItems = Ordered(city.Items);
        if (district is null)
        {
            var plain = cityItems.Select(i => new EffectiveItem(i.Clone(), cityRef, EffectiveItemOrigin.City, null, null)).ToList();
            return new MergedList(cityRef, null, plain, []);
        }

        var districtRef = ListSetRef.Of(district);
        var warnings = new List<ListProblem>();
        if (district.ParentListSetId != city.Id)
        {
            warnings.Add(ListProblem.General(ListProblemCode.RefinementOfOtherCityVersion, district.VersionLabel, city.VersionLabel));
        }

        var districtItems = Ordered(district.Items);
        var rules = new RefinementRules(cityItems, districtItems);
        var overrides = new Dictionary<string, EffectiveItem>(ListCodes.Comparer);
        var subItems = new Dictionary<string, List<EffectiveItem>>(ListCodes.Comparer);
        var districtOnly = new List<EffectiveItem>();
        var seen = new HashSet<string>(ListCodes.Comparer);
        foreach (var item in districtItems.Where(i => seen.Add(i.Code)))
        {
            var decision = rules.Decide(item);
            warnings.AddRange(decision.Problems);
            var effective = item.Clone();
            effective.AllowedDemands = decision.EffectiveDemands;
            if (decision.Rejected)
            {
                // An orphaned prohibition still binds the district's villages; anything else falls back to the city.
                if (decision.Role == RefinementRole.SubItem && decision.CityItem is null && item.Kind.IsProhibitive())
                {
                    districtOnly.Add(new EffectiveItem(effective, districtRef, EffectiveItemOrigin.DistrictOnly, null, null));
                }

                continue;
            }

            switch (decision.Role)
            {
                case RefinementRole.Override:
                    effective.ParentCode = decision.CityItem!.ParentCode;
                    effective.Recognisers = RecogniserCells.Union(decision.CityItem.Recognisers, item.Recognisers);
                    overrides[item.Code] = new EffectiveItem(effective, districtRef, EffectiveItemOrigin.DistrictOverride, decision.CityItem.Clone(), cityRef);
                    break;
                case RefinementRole.SubItem:
                    var parent = decision.CityItem!;
                    if (!subItems.TryGetValue(parent.Code, out var list))
                    {
                        subItems[parent.Code] = list = [];
                    }

                    list.Add(new EffectiveItem(effective, districtRef, EffectiveItemOrigin.DistrictSubItem, parent.Clone(), cityRef));
                    break;
                default:
                    districtOnly.Add(new EffectiveItem(effective, districtRef, EffectiveItemOrigin.DistrictOnly, null, null));
                    break;
            }
        }

        var items = new List<EffectiveItem>(cityItems.Count + districtItems.Count);
        foreach (var cityItem in cityItems)
        {
            items.Add(overrides.GetValueOrDefault(cityItem.Code)
                ?? new EffectiveItem(cityItem.Clone(), cityRef, EffectiveItemOrigin.City, null, null));
            if (subItems.TryGetValue(cityItem.Code, out var children))
            {
                items.AddRange(children);
            }
        }

        items.AddRange(districtOnly);
        return new MergedList(cityRef, districtRef, items, warnings);
    }

    // Sets loaded by EF come in no particular order; SortOrder then code makes the merge deterministic.
    private static List<ListItem> Ordered(IEnumerable<ListItem> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.Code, ListCodes.Comparer).ToList();
}
