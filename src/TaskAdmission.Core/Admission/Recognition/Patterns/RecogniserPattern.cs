namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>
/// A parsed phrase: terms that must occur in one clause, each within <see cref="Gaps"/>[i] characters of the next (either
/// order), and exclusions that silence it in a clause that contains them. Groups are still names; <see cref="Resolve"/>
/// expands them.
/// </summary>
public sealed class RecogniserPattern(string source, IReadOnlyList<PatternTerm> terms, IReadOnlyList<int> gaps, IReadOnlyList<PatternTerm> exclusions)
{
    public string Source { get; } = source;

    public IReadOnlyList<PatternTerm> Terms { get; } = terms;

    public IReadOnlyList<int> Gaps { get; } = gaps;

    public IReadOnlyList<PatternTerm> Exclusions { get; } = exclusions;

    public IEnumerable<string> GroupNames => Terms.Concat(Exclusions).SelectMany(t => t.Groups).Distinct(StringComparer.Ordinal);

    /// <summary>Expands the groups; refuses unknown groups, too many alternatives and a phrase that would match almost anything.</summary>
    public (CompiledPattern? Pattern, PatternError? Error) Resolve(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        string[][] Expand(IReadOnlyList<PatternTerm> list, out PatternError? error)
        {
            error = null;
            var result = new string[list.Count][];
            for (var i = 0; i < list.Count; i++)
            {
                IEnumerable<string> product = [""];
                foreach (var atom in list[i].Atoms)
                {
                    var choices = new HashSet<string>(atom.Literals, StringComparer.Ordinal);
                    foreach (var name in atom.Groups)
                    {
                        if (!groups.TryGetValue(name, out var members))
                        {
                            error = new PatternError(PatternErrorCode.UnknownGroup, list[i].Position, name);
                            return [];
                        }
                        choices.UnionWith(members);
                    }
                    product = product.SelectMany(p => choices.Select(c => p + c)).ToList();
                    if (product.Count() > PatternLimits.MaxAlternatives)
                    {
                        error = new PatternError(PatternErrorCode.TooManyAlternatives, list[i].Position, PatternLimits.MaxAlternatives.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return [];
                    }
                }
                result[i] = [.. product.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            }
            return result;
        }

        var terms = Expand(Terms, out var termError);
        if (termError is not null)
        {
            return (null, termError);
        }
        var exclusions = Expand(Exclusions, out var exclusionError);
        if (exclusionError is not null)
        {
            return (null, exclusionError);
        }
        // One term of one character (税, 费) would fire on nearly every notice; it must be paired with another term.
        if (terms.Length == 1 && terms[0].FirstOrDefault(l => l.Length < 2) is { } tooShort)
        {
            return (null, new PatternError(PatternErrorCode.TooBroad, Terms[0].Position, tooShort));
        }
        return (new CompiledPattern(Source, terms, [.. Gaps], exclusions), null);
    }
}
