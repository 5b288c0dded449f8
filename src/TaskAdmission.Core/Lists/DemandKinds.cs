namespace TaskAdmission.Core.Lists;

/// <summary>Parsing, formatting and set arithmetic for <see cref="DemandKind"/> flags.</summary>
public static class DemandKinds
{
    /// <summary>The single demand kinds in declaration order (the order used when formatting).</summary>
    public static IReadOnlyList<DemandKind> Singles { get; } =
        Enum.GetValues<DemandKind>().Where(d => d != DemandKind.None).ToArray();

    public static DemandKind All { get; } = Singles.Aggregate(DemandKind.None, (a, d) => a | d);

    // The code ("Report") and the Chinese name ("报表"; "挂牌/机制牌子" also as "挂牌" or "机制牌子").
    private static readonly Dictionary<string, DemandKind> ByName =
        Singles.Select(d => (Name: d.ToString(), Kind: d))
            .Concat(Singles.SelectMany(d => ListLabels.ChineseNames(ListLabels.Demand(d, Common.AppLanguage.ZhCn)).Select(n => (Name: n, Kind: d))))
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Name, p => p.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts a CSV token such as "Report" (case-insensitive) or "报表"; numbers are refused on purpose.</summary>
    public static bool TryParseSingle(string token, out DemandKind demand) => ByName.TryGetValue(token.Trim(), out demand);

    /// <summary>The single kinds contained in <paramref name="demands"/>, in declaration order.</summary>
    public static IEnumerable<DemandKind> Split(DemandKind demands) => Singles.Where(d => (demands & d) != 0);

    /// <summary>Semicolon-separated CSV form, e.g. "Report;Ledger"; empty for none.</summary>
    public static string Format(DemandKind demands) => string.Join(';', Split(demands));

    public static bool IsSubsetOf(this DemandKind demands, DemandKind allowed) => (demands & ~allowed) == 0;

    /// <summary>The demands in <paramref name="demands"/> that <paramref name="allowed"/> does not contain.</summary>
    public static DemandKind Except(this DemandKind demands, DemandKind allowed) => demands & ~allowed;
}
