using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// The import's rules for the recognisers column and for lexicon rows. Phrases are parsed row by row; their synonym
/// groups are resolved once the whole file is read, because a group may be defined on a later row (or by the city set a
/// district file refines). Every refusal names the row, the column, the phrase's number and the character at fault.
/// </summary>
public sealed class RecogniserRowChecks(IReadOnlyDictionary<string, IReadOnlyList<string>>? knownGroups)
{
    private readonly Dictionary<string, (IReadOnlyList<string> Members, int? Row)> groups = new(StringComparer.Ordinal);
    private readonly List<(int? Row, int Number, RecogniserPattern Pattern)> pending = [];

    /// <returns>The canonical family token for a lexicon row (null otherwise), and the row's problems.</returns>
    public (string? Family, List<ListProblem> Problems) ReadRow(int? row, ListKind kind, string titleZh, string? category, DemandKind demands, string? cell)
    {
        var problems = new List<ListProblem>();
        var phrases = PatternParser.SplitCell(cell);
        if (phrases.Count > PatternLimits.MaxEntriesPerCell)
        {
            problems.Add(ListProblem.At(ListProblemCode.TooManyRecognisers, row, ListColumns.Recognisers, PatternLimits.MaxEntriesPerCell, phrases.Count));
            return (null, problems);
        }
        string? family = null;
        if (kind == ListKind.Lexicon)
        {
            family = LexiconFamilies.Parse(category);
            if (family is null)
            {
                problems.Add(ListProblem.At(ListProblemCode.UnknownLexiconFamily, row, ListColumns.Category, category ?? ""));
            }
            if (demands != DemandKind.None)
            {
                problems.Add(ListProblem.At(ListProblemCode.DemandsOnLexiconEntry, row, ListColumns.AllowedDemands, demands));
            }
            if (phrases.Count == 0)
            {
                problems.Add(ListProblem.At(ListProblemCode.LexiconWithoutRecognisers, row, ListColumns.Recognisers));
            }
        }
        if (family is not null && LexiconFamilies.HasMembers(family))
        {
            ReadMembers(row, family, titleZh, phrases, problems);
            return (family, problems);
        }
        for (var n = 0; n < phrases.Count; n++)
        {
            var (pattern, error) = PatternParser.Parse(phrases[n]);
            if (error is not null)
            {
                problems.Add(Invalid(row, n + 1, phrases[n], error));
            }
            else
            {
                pending.Add((row, n + 1, pattern!));
            }
        }
        return (family, problems);
    }

    /// <summary>Resolves every phrase's groups against the file's groups and the known ones.</summary>
    public IEnumerable<ListProblem> Finish()
    {
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, members) in knownGroups ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            all[name] = members;
        }
        foreach (var (name, (members, _)) in groups)
        {
            all[name] = all.TryGetValue(name, out var known) ? [.. known.Union(members)] : members;
        }
        foreach (var (row, number, pattern) in pending)
        {
            if (pattern.Resolve(all).Error is { } error)
            {
                yield return Invalid(row, number, pattern.Source, error);
            }
        }
    }

    private void ReadMembers(int? row, string family, string titleZh, IReadOnlyList<string> phrases, List<ListProblem> problems)
    {
        for (var n = 0; n < phrases.Count; n++)
        {
            if (SynonymGroups.PlainWord(phrases[n]) is null)
            {
                problems.Add(ListProblem.At(ListProblemCode.InvalidSynonymMember, row, ListColumns.Recognisers, n + 1, phrases[n]));
            }
        }
        if (family != LexiconFamilies.Synonyms || titleZh.Length == 0)
        {
            return;
        }
        var name = TextNormaliser.Fold(titleZh.Trim());
        if (groups.TryGetValue(name, out var first))
        {
            problems.Add(ListProblem.At(ListProblemCode.DuplicateSynonymGroup, row, ListColumns.TitleZh, name, first.Row));
            return;
        }
        groups[name] = (SynonymGroups.Members(string.Join(";", phrases)), row);
    }

    private static ListProblem Invalid(int? row, int number, string phrase, PatternError error) =>
        ListProblem.At(ListProblemCode.InvalidRecogniser, row, ListColumns.Recognisers, number, phrase, error.Position, $"{error.Code}:{error.Detail}");
}
