namespace TaskAdmission.Core.Lists;

/// <summary>Classification of <see cref="ListKind"/> values used by refinement, merge and import rules.</summary>
public static class ListKinds
{
    public static IReadOnlyList<ListKind> All { get; } = Enum.GetValues<ListKind>();

    // The code ("Prohibited") and the Chinese name a list administrator reads on screen ("负面/禁入事项", or "负面事项").
    private static readonly Dictionary<string, ListKind> ByName =
        All.Select(k => (Name: k.ToString(), Kind: k))
            .Concat(All.SelectMany(k => ListLabels.ChineseNames(ListLabels.Kind(k, Common.AppLanguage.ZhCn)).Select(n => (Name: n, Kind: k))))
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Name, p => p.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Accepts the CSV token: the code (case-insensitive) or the Chinese name; numbers are refused so that "3" is not
    /// silently Prohibited.
    /// </summary>
    public static bool TryParse(string token, out ListKind kind) => ByName.TryGetValue(token.Trim(), out kind);

    /// <summary>Kinds that forbid something; a refinement may never turn one of these into a permissive kind.</summary>
    public static bool IsProhibitive(this ListKind kind) =>
        kind is ListKind.Prohibited or ListKind.CertificateProhibited;

    /// <summary>Kinds a task can claim; lexicon entries are list data but not items.</summary>
    public static bool IsClaimable(this ListKind kind) => kind != ListKind.Lexicon;

    /// <summary>The kind that forbids the same sort of thing: certificates pair with certificates, the rest with Prohibited.</summary>
    public static ListKind ProhibitiveCounterpart(this ListKind kind) =>
        kind is ListKind.CertificateAllowed or ListKind.CertificateProhibited
            ? ListKind.CertificateProhibited
            : ListKind.Prohibited;
}
