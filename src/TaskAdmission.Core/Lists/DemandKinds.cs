namespace TaskAdmission.Core.Lists;

/// <summary>Parsing, formatting and set arithmetic for <see cref="DemandKind"/> flags.</summary>
public static class DemandKinds
{
    /// <summary>The single demand kinds in declaration order (the order used when formatting).</summary>
    public static IReadOnlyList<DemandKind> Singles { get; } =
        Enum.GetValues<DemandKind>().Where(d => d != DemandKind.None).ToArray();

    public static DemandKind All { get; } = Singles.Aggregate(DemandKind.None, (a, d) => a | d);

    private static readonly Dictionary<string, DemandKind> ByName =
        Singles.ToDictionary(d => d.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts a CSV token such as "Report" (case-insensitive); numbers are refused on purpose.</summary>
    public static bool TryParseSingle(string token, out DemandKind demand) => ByName.TryGetValue(token.Trim(), out demand);

    /// <summary>The single kinds contained in <paramref name="demands"/>, in declaration order.</summary>
    public static IEnumerable<DemandKind> Split(DemandKind demands) => Singles.Where(d => (demands & d) != 0);

    /// <summary>Semicolon-separated CSV form, e.g. "Report;Ledger"; empty for none.</summary>
    public static string Format(DemandKind demands) => string.Join(';', Split(demands));

    public static bool IsSubsetOf(this DemandKind demands, DemandKind allowed) => (demands & ~allowed) == 0;

    /// <summary>The demands in <paramref name="demands"/> that <paramref name="allowed"/> does not contain.</summary>
    public static DemandKind Except(this DemandKind demands, DemandKind allowed) => demands & ~allowed;
}
