namespace TaskAdmission.Core.Lists.Refinement;

/// <summary>
/// The refinement rules, shared by <see cref="RefinementValidator"/> (which refuses a draft) and the in-force
/// merge (which must stay safe even for data that was never validated, e.g. a district set refining an older
/// city version). A district may narrow but never re-allow what the city prohibits.
/// </summary>
internal sealed class RefinementRules
{
    private readonly Dictionary<string, ListItem> _city;
    private readonly Dictionary<string, ListItem> _districtOverrides;

    public RefinementRules(IEnumerable<ListItem> cityItems, IEnumerable<ListItem> districtItems)
    {
        _city = new Dictionary<string, ListItem>(ListCodes.Comparer);
        foreach (var item in cityItems)
        {
            _city.TryAdd(item.Code, item);
        }

        _districtOverrides = new Dictionary<string, ListItem>(ListCodes.Comparer);
        foreach (var item in districtItems.Where(i => _city.ContainsKey(i.Code)))
        {
            _districtOverrides.TryAdd(item.Code, item);
        }
    }

    public RefinementDecision Decide(ListItem item)
    {
        var row = RowOf(item);
        if (_city.TryGetValue(item.Code, out var city))
        {
            return DecideOverride(item, city, row);
        }

        if (item.ParentCode is null)
        {
            return new(RefinementRole.DistrictOnly, null, item.AllowedDemands, false, []);
        }

        if (!_city.TryGetValue(item.ParentCode, out var parent))
        {
            var unknown = ListProblem.ForItem(ListProblemCode.UnknownParentCode, item.Code, row, item.ParentCode);
            return new(RefinementRole.SubItem, null, item.AllowedDemands, true, [unknown]);
        }

        return DecideSubItem(item, parent, row);
    }

    /// <summary>
    /// Items carry no file row, but the importer stores the row's position in SortOrder; recover it so refinement
    /// problems point at the same line as import problems.
    /// </summary>
    public static int? RowOf(ListItem item) => item.SortOrder > 0 ? item.SortOrder + 1 : null;

    private static RefinementDecision DecideOverride(ListItem item, ListItem city, int? row)
    {
        var problems = new List<ListProblem>();
        var rejected = false;
        if (city.Kind.IsProhibitive() && !item.Kind.IsProhibitive())
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.ReallowsProhibited, item.Code, row, city.Code, city.Kind, item.Kind));
            rejected = true;
        }
        else if (item.Kind != city.Kind)
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.OverrideChangesKind, item.Code, row, city.Kind, item.Kind));
            rejected = true;
        }

        else if (item.Kind == ListKind.Lexicon && LexiconFamilies.Parse(item.Category) != LexiconFamilies.Parse(city.Category))
        {
            // Keeping the city's phrases under another family would move them to another rule.
            problems.Add(ListProblem.ForItem(ListProblemCode.OverrideChangesLexiconFamily, item.Code, row, city.Category, item.Category));
            rejected = true;
        }

        // A rejected kind already says everything; "also widens" on top would only be noise.
        var extra = item.AllowedDemands.Except(city.AllowedDemands);
        if (extra != DemandKind.None && !rejected)
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.OverrideWidensDemands, item.Code, row, extra));
        }

        if (!ListCodes.AreEqual(item.ParentCode, city.ParentCode))
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.OverrideChangesParent, item.Code, row, city.ParentCode, item.ParentCode));
        }

        return new(RefinementRole.Override, city, item.AllowedDemands & city.AllowedDemands, rejected, problems);
    }

    private RefinementDecision DecideSubItem(ListItem item, ListItem parent, int? row)
    {
        var problems = new List<ListProblem>();
        var rejected = false;
        if (parent.Kind.IsProhibitive() && !item.Kind.IsProhibitive())
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.ReallowsProhibited, item.Code, row, parent.Code, parent.Kind, item.Kind));
            rejected = true;
        }
        else if (item.Kind != parent.Kind && item.Kind != parent.Kind.ProhibitiveCounterpart())
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.SubItemKindMismatch, item.Code, row, parent.Code, parent.Kind, item.Kind));
            rejected = true;
        }

        // Compare with the parent as this district narrowed it, not as the city wrote it.
        var parentDemands = _districtOverrides.TryGetValue(parent.Code, out var narrowed)
            ? narrowed.AllowedDemands & parent.AllowedDemands
            : parent.AllowedDemands;
        var extra = item.AllowedDemands.Except(parentDemands);
        if (extra != DemandKind.None && !rejected && !item.Kind.IsProhibitive())
        {
            problems.Add(ListProblem.ForItem(ListProblemCode.SubItemWidensDemands, item.Code, row, parent.Code, extra));
        }

        return new(RefinementRole.SubItem, parent, item.AllowedDemands & parentDemands, rejected, problems);
    }
}
