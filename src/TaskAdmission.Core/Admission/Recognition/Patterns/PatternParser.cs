using System.Globalization;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>
/// Parses one recogniser phrase of the pattern language (docs/admission-rules.md, "Recognisers"):
/// <c>term ~N term ... !exclusion ...</c>, a term being literals, (a|b) alternations and {group} references written
/// next to each other. Hand-written rather than a regular expression so that every refusal names the character at
/// fault, and so that nothing unbounded (repetition, wildcards, backtracking) can enter the language.
/// </summary>
public static class PatternParser
{
    /// <summary>Splits a cell into its phrases (separated by ; or ；) with their 1-based numbers.</summary>
    public static IReadOnlyList<string> SplitCell(string? cell) =>
        string.IsNullOrWhiteSpace(cell)
            ? []
            : cell.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static (RecogniserPattern? Pattern, PatternError? Error) Parse(string source)
    {
        var parser = new Reader(source);
        try
        {
            return (parser.Phrase(), null);
        }
        catch (PatternException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Parses and resolves in one step (for callers that already know the groups).</summary>
    public static (CompiledPattern? Pattern, PatternError? Error) Compile(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        var (pattern, error) = Parse(source);
        return pattern is null ? (null, error) : pattern.Resolve(groups);
    }

    private sealed class PatternException(PatternError error) : Exception(error.Code.ToString())
    {
        public PatternError Error { get; } = error;
    }

    private sealed class Reader(string source)
    {
        private readonly string ops = new(source.Select(c => TextNormaliser.Fold(c) is var f && f != '\0' ? f : ' ').ToArray());
        private int at;

        public RecogniserPattern Phrase()
        {
            SkipSpaces();
            if (at >= ops.Length)
            {
                throw Error(PatternErrorCode.Empty, 0);
            }
            var terms = new List<PatternTerm>();
            var gaps = new List<int>();
            var exclusions = new List<PatternTerm>();
            terms.Add(Term(PatternErrorCode.GapWithoutTerm));
            while (SkipSpaces() && at < ops.Length && ops[at] == '~')
            {
                gaps.Add(Gap());
                terms.Add(Term(PatternErrorCode.GapWithoutTerm));
            }
            while (SkipSpaces() && at < ops.Length && ops[at] == '!')
            {
                at++;
                exclusions.Add(Term(PatternErrorCode.ExclusionWithoutTerm));
                if (SkipSpaces() && at < ops.Length && ops[at] == '~')
                {
                    throw Error(PatternErrorCode.TermAfterExclusion, at);
                }
            }
            if (at < ops.Length)
            {
                throw Error(ops[at] == '~' ? PatternErrorCode.TermAfterExclusion : PatternErrorCode.UnexpectedCharacter, at, source[at].ToString());
            }
            if (terms.Count > PatternLimits.MaxTerms)
            {
                throw Error(PatternErrorCode.TooManyTerms, terms[PatternLimits.MaxTerms].Position - 1, PatternLimits.MaxTerms.ToString(CultureInfo.InvariantCulture));
            }
            if (exclusions.Count > PatternLimits.MaxExclusions)
            {
                throw Error(PatternErrorCode.TooManyExclusions, exclusions[PatternLimits.MaxExclusions].Position - 1, PatternLimits.MaxExclusions.ToString(CultureInfo.InvariantCulture));
            }
            return new RecogniserPattern(source.Trim(), terms, gaps, exclusions);
        }

        private int Gap()
        {
            var start = at++;
            SkipSpaces();
            var digits = at;
            while (at < ops.Length && char.IsAsciiDigit(ops[at]))
            {
                at++;
            }
            if (at == digits)
            {
                throw Error(PatternErrorCode.GapWithoutNumber, start);
            }
            var text = ops[digits..at];
            if (text.Length > 3 || int.Parse(text, CultureInfo.InvariantCulture) is < 1 or > PatternLimits.MaxGap)
            {
                throw Error(PatternErrorCode.GapOutOfRange, digits, text);
            }
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        private PatternTerm Term(PatternErrorCode whenMissing)
        {
            SkipSpaces();
            var start = at;
            var atoms = new List<PatternAtom>();
            while (SkipSpaces() && at < ops.Length && ops[at] is not ('~' or '!'))
            {
                switch (ops[at])
                {
                    case '(':
                        atoms.Add(Alternation());
                        break;
                    case '{':
                        atoms.Add(new PatternAtom([], [Group()]));
                        break;
                    case ')':
                        throw Error(PatternErrorCode.UnbalancedParenthesis, at, ")");
                    case '}':
                        throw Error(PatternErrorCode.UnbalancedBrace, at, "}");
                    case '|':
                        throw Error(PatternErrorCode.UnexpectedCharacter, at, "|");
                    default:
                        atoms.Add(new PatternAtom([Literal()], []));
                        break;
                }
            }
            if (atoms.Count == 0)
            {
                throw Error(whenMissing, Math.Min(start, Math.Max(ops.Length - 1, 0)));
            }
            return new PatternTerm(atoms, start + 1);
        }

        private PatternAtom Alternation()
        {
            var open = at++;
            var literals = new List<string>();
            var groups = new List<string>();
            while (true)
            {
                SkipSpaces();
                if (at >= ops.Length)
                {
                    throw Error(PatternErrorCode.UnbalancedParenthesis, open, "(");
                }
                switch (ops[at])
                {
                    case '(':
                        throw Error(PatternErrorCode.NestedParenthesis, at, "(");
                    case '|' or ')':
                        throw Error(PatternErrorCode.EmptyAlternative, at, source[open..Math.Min(at + 1, source.Length)]);
                    case '{':
                        groups.Add(Group());
                        break;
                    default:
                        literals.Add(Literal());
                        break;
                }
                SkipSpaces();
                if (at >= ops.Length)
                {
                    throw Error(PatternErrorCode.UnbalancedParenthesis, open, "(");
                }
                if (ops[at] == ')')
                {
                    // One choice in brackets is never what the writer meant: official text writes 村（社区） with
                    // brackets, and the folded （） are our operators, so the phrase would silently look for 村社区.
                    if (literals.Count + groups.Count == 1)
                    {
                        throw Error(PatternErrorCode.SingleChoice, open, source[open..(at + 1)]);
                    }
                    at++;
                    return new PatternAtom(literals, groups);
                }
                if (ops[at] == '(')
                {
                    throw Error(PatternErrorCode.NestedParenthesis, at, "(");
                }
                if (ops[at] != '|')
                {
                    throw Error(PatternErrorCode.UnexpectedCharacter, at, source[at].ToString());
                }
                at++;
            }
        }

        private string Group()
        {
            var open = at++;
            var close = ops.IndexOf('}', at);
            var next = ops.IndexOfAny(['{', '(', ')', '~', '!', '|'], at);
            if (close < 0 || (next >= 0 && next < close))
            {
                throw Error(PatternErrorCode.UnbalancedBrace, open, "{");
            }
            var name = TextNormaliser.Fold(source[at..close].Trim());
            if (name.Length == 0)
            {
                throw Error(PatternErrorCode.EmptyAlternative, open, "{}");
            }
            at = close + 1;
            return name;
        }

        private string Literal()
        {
            var start = at;
            while (at < ops.Length && ops[at] is not ('~' or '!' or '(' or ')' or '{' or '}' or '|'))
            {
                at++;
            }
            var written = source[start..at];
            var literal = TextNormaliser.Fold(written).Trim();
            if (literal.Length == 0)
            {
                throw Error(PatternErrorCode.MatchesEmpty, start, written);
            }
            if (literal.IndexOfAny(['。', '!', '?', ';', ',', ':', '\n', '\r']) is var brk and >= 0)
            {
                throw Error(PatternErrorCode.ClauseBreakInLiteral, start + brk, literal[brk].ToString());
            }
            if (literal.Length > PatternLimits.MaxLiteralLength)
            {
                throw Error(PatternErrorCode.LiteralTooLong, start, PatternLimits.MaxLiteralLength.ToString(CultureInfo.InvariantCulture));
            }
            return literal;
        }

        /// <summary>Always true, so it can sit in a loop condition.</summary>
        private bool SkipSpaces()
        {
            while (at < ops.Length && char.IsWhiteSpace(ops[at]))
            {
                at++;
            }
            return true;
        }

        private static PatternException Error(PatternErrorCode code, int index, string detail = "") =>
            new(new PatternError(code, index + 1, detail));
    }
}
