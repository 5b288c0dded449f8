using System.Diagnostics.CodeAnalysis;

namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// The merged view of a city set and optionally the district set refining it. Built once per pair of sets and
/// cached, so lookups are dictionary reads.
/// </summary>
public sealed class MergedList
{
    private readonly Dictionary<string, EffectiveItem> _byCode;
    private readonly Dictionary<ListKind, EffectiveItem[]> _byKind;

    internal MergedList(ListSetRef city, ListSetRef? district, IReadOnlyList<EffectiveItem> items, IReadOnlyList<ListProblem> warnings)
    {
        City = city;
        District = district;
        Items = items;
        Warnings = warnings;
        _byCode = new Dictionary<string, EffectiveItem>(items.Count, ListCodes.Comparer);
        foreach (var item in items)
        {
            _byCode.TryAdd(item.Code, item);
        }

        _byKind = items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public ListSetRef City { get; }

    public ListSetRef? District { get; }

    /// <summary>City items in order (overrides in place, each followed by its sub-items), then district-only items.</summary>
    public IReadOnlyList<EffectiveItem> Items { get; }

    /// <summary>District items the merge left out or cut down because they broke a refinement rule.</summary>
    public IReadOnlyList<ListProblem> Warnings { get; }

    public bool TryGet(string code, [NotNullWhen(true)] out EffectiveItem? item) => _byCode.TryGetValue(code, out item);

    public IReadOnlyList<EffectiveItem> OfKind(ListKind kind) => _byKind.TryGetValue(kind, out var items) ? items : [];
}
