using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// The words of a village's "is this admitted?" question, and the demand kinds a word names: a village types 台账 or
/// 入户走访, while an assignment stores its demands as kind codes ("Ledger", "FieldWork").
/// </summary>
internal static class AdmittedWordSearch
{
    public const int MaxWords = 5;
    public const int MaxWordLength = 50;

    // A token no demands JSON contains (kind values are enum names), to fill unused slots of the fixed-size query.
    private const string Never = "\"\u0001\"";

    public static IEnumerable<string> Words(string? topic) =>
        (topic ?? "").Split([' ', '\u3000', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Take(MaxWords);

    /// <summary>
    /// Up to three demand kinds whose Chinese or English name holds the word (two characters at least, so 会 alone does
    /// not name every meeting), as their JSON values. Three fixed slots keep the query one shape for the database.
    /// </summary>
    public static (string, string, string) DemandKindTokens(string word)
    {
        var tokens = word.Length < 2 ? [] : Enum.GetValues<DemandKind>()
            .Where(k => k != DemandKind.None && (ListLabels.Demand(k, AppLanguage.ZhCn).Contains(word, StringComparison.Ordinal)
                || ListLabels.Demand(k, AppLanguage.En).Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Select(k => $"\"{k}\"")
            .Take(3)
            .ToList();
        return (tokens.ElementAtOrDefault(0) ?? Never, tokens.ElementAtOrDefault(1) ?? Never, tokens.ElementAtOrDefault(2) ?? Never);
    }
}
