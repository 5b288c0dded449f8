using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Lists;

/// <summary>The synonym groups a set defines (lexicon entries of <see cref="LexiconFamilies.Synonyms"/>), by normalised name.</summary>
public static class SynonymGroups
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(IEnumerable<ListItem> items)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Kind == ListKind.Lexicon && LexiconFamilies.Parse(i.Category) == LexiconFamilies.Synonyms))
        {
            var name = NameOf(item);
            var members = Members(item.Recognisers);
            // A refinement's group of the same name adds members (it can only widen what the city's phrases match).
            groups[name] = groups.TryGetValue(name, out var before) ? [.. before.Union(members)] : members;
        }
        return groups;
    }

    public static string NameOf(ListItem group) => TextNormaliser.Fold(group.TitleZh.Trim());

    /// <summary>Members as normalised words; members that are not plain words are left out (the import refuses them).</summary>
    public static IReadOnlyList<string> Members(string? cell) =>
        [.. PatternParser.SplitCell(cell).Select(PlainWord).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The normalised word a member stands for, or null when it uses operators.</summary>
    public static string? PlainWord(string member)
    {
        var (pattern, _) = PatternParser.Parse(member);
        return pattern is { Terms: [{ Atoms: [{ Literals: [var word], Groups: [] }] }], Exclusions: [] } ? word : null;
    }
}
