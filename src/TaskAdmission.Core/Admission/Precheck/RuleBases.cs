using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// The basis each rule cites when no list item names one (e.g. the lead time and the procedure it comes from). Data, not
/// code: the defaults ship as rule-bases.csv and a jurisdiction overrides any of them in configuration
/// (<c>Admission:RuleBases:LEAD_TIME</c> …) through <see cref="PrecheckSettings.RuleBases"/>.
/// </summary>
public static class RuleBases
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Shipped = new(Load);

    public static IReadOnlyDictionary<string, string> Defaults => Shipped.Value;

    /// <summary>The defaults with <paramref name="overrides"/> on top (empty values are ignored).</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string>? overrides)
    {
        var merged = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        foreach (var (rule, basis) in overrides ?? new Dictionary<string, string>())
        {
            if (!string.IsNullOrWhiteSpace(basis))
            {
                merged[rule.Trim().ToUpperInvariant()] = basis.Trim();
            }
        }
        return merged;
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = typeof(RuleBases).Assembly.GetManifestResourceStream("TaskAdmission.Core.Admission.Precheck.rule-bases.csv")
            ?? throw new InvalidOperationException("rule-bases.csv is not embedded");
        using var reader = new StreamReader(stream);
        return CsvTable.Read(reader, 200).Rows.ToDictionary(r => r["rule"], r => r["basis"], StringComparer.Ordinal);
    }
}
