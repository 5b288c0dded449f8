using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Runs a lexicon over a task's fields: normalise, split into clauses, find every literal in one pass, then match the
/// phrases whose literals occurred, term by term within their gaps in one clause, and judge each match with
/// <see cref="Agency"/>. Deterministic: the same text and lexicon give the same hits in the same order. Instead of a
/// wall-clock limit (which would make a replayed check differ) the matching has a work budget that no bounded phrase
/// reaches on a realistic notice.
/// </summary>
public static class TextAnalyser
{
    /// <summary>Occurrence comparisons allowed per analysis.</summary>
    public const int WorkBudget = 2_000_000;

    private const int MaxHitsPerPhrase = 3;
    private const int MaxMatchedText = 80;

    public static TextAnalysis Analyse(RecogniserLexicon lexicon, IEnumerable<(string Field, string Text)> fields)
    {
        var hits = new List<RecognitionHit>();
        var budget = WorkBudget;
        foreach (var (field, source) in fields)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }
            var text = TextNormaliser.Normalise(source);
            var clauses = ClauseSplitter.Split(text.Text);
            if (clauses.Count == 0 || !AnalyseField(lexicon, field, text, clauses, hits, ref budget))
            {
                return new TextAnalysis(hits, truncated: true);
            }
        }
        return new TextAnalysis(hits, truncated: false);
    }

    private static bool AnalyseField(RecogniserLexicon lexicon, string field, NormalisedText text, IReadOnlyList<Clause> clauses, List<RecognitionHit> hits, ref int budget)
    {
        var starts = new Dictionary<int, List<int>>();
        var cited = CitedTitles(text.Text);
        foreach (var (id, start) in lexicon.Index.FindAll(text.Text))
        {
            if (cited.Any(c => start >= c.Start && start < c.End))
            {
                continue;
            }
            if (!starts.TryGetValue(id, out var list))
            {
                starts[id] = list = [];
            }
            list.Add(start);
        }
        var candidates = new SortedSet<int>();
        foreach (var id in starts.Keys)
        {
            candidates.UnionWith(lexicon.PlansByLiteral[id]);
        }
        var clauseStarts = clauses.Select(c => c.Start).ToArray();
        int ClauseAt(int position)
        {
            var i = Array.BinarySearch(clauseStarts, position);
            i = i >= 0 ? i : ~i - 1;
            return i >= 0 && position < clauses[i].End ? i : -1;
        }
        ClauseReader? reader = null;
        var merged = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var p in candidates)
        {
            var plan = lexicon.Plans[p];
            var terms = plan.Terms.Select(t => Occurrences(t, starts, lexicon.Index, merged)).ToArray();
            if (terms.Any(t => t.Count == 0))
            {
                continue;
            }
            var exclusions = plan.Exclusions.Select(x => Occurrences(x, starts, lexicon.Index, merged)).Where(x => x.Count > 0).ToArray();
            var found = 0;
            var lastClause = -1;
            foreach (var first in terms[0])
            {
                var clauseIndex = ClauseAt(first.Start);
                if (clauseIndex < 0 || clauseIndex == lastClause)
                {
                    continue;
                }
                lastClause = clauseIndex;
                var clause = clauses[clauseIndex];
                if (exclusions.Any(x => Within(x, clause).Count > 0))
                {
                    continue;
                }
                var inClause = terms.Select(t => Within(t, clause)).ToArray();
                var chain = new (int Start, int End)[inClause.Length];
                if (!Chain(inClause, plan.Pattern.Gaps, chain, 0, ref budget))
                {
                    if (budget <= 0)
                    {
                        return false;
                    }
                    continue;
                }
                reader ??= new ClauseReader(text.Text, clauses, RecognitionCues.Instance, lexicon.VillageWords);
                var entry = lexicon.Entries[plan.Entry];
                var hitStart = chain.Min(c => c.Start);
                var hitEnd = chain.Max(c => c.End);
                var verdict = Agency.Judge(reader, clauseIndex, hitStart, hitEnd, entry.AimedAtVillage);
                var spans = chain.OrderBy(c => c.Start).Select(c => text.ToSource(c.Start, c.End)).Select(s => new EvidenceSpan(field, s.Start, s.End - s.Start)).ToList();
                var (from, to) = text.ToSource(hitStart, hitEnd);
                var matched = text.Source[from..to];
                hits.Add(new RecognitionHit(entry, plan.Pattern.Source, field, spans, matched.Length > MaxMatchedText ? matched[..MaxMatchedText] + "…" : matched, verdict));
                if (++found == MaxHitsPerPhrase)
                {
                    break;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// 《…》 names a document (《关于规范村级组织工作事务、机制牌子和证明事项的意见》): what its title says is not asked of anyone.
    /// </summary>
    private static List<(int Start, int End)> CitedTitles(string text)
    {
        var cited = new List<(int, int)>();
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                break;
            }
            cited.Add((open, close));
        }
        return cited;
    }

    /// <summary>A term's occurrences in order, built once per field for each distinct set of literals.</summary>
    private static List<(int Start, int End)> Occurrences(int[] literals, Dictionary<int, List<int>> starts, LiteralIndex index, Dictionary<string, List<(int Start, int End)>> merged)
    {
        var key = string.Join(',', literals);
        if (merged.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var result = new List<(int, int)>();
        foreach (var id in literals)
        {
            if (starts.TryGetValue(id, out var list))
            {
                var length = index.Literal(id).Length;
                result.AddRange(list.Select(s => (s, s + length)));
            }
        }
        result.Sort();
        merged[key] = result;
        return result;
    }

    /// <summary>The occurrences inside the clause (binary search: a 100 kB text repeats common words thousands of times), at most a few dozen.</summary>
    private static List<(int Start, int End)> Within(List<(int Start, int End)> sorted, Clause clause)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start < clause.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var inside = new List<(int, int)>();
        for (var i = lo; i < sorted.Count && sorted[i].Start < clause.End && inside.Count < PatternLimits.MaxOccurrencesPerClause; i++)
        {
            if (sorted[i].End <= clause.End)
            {
                inside.Add(sorted[i]);
            }
        }
        return inside;
    }

    /// <summary>Picks one occurrence per term, each within its gap of the previous one (either side, not overlapping).</summary>
    private static bool Chain(List<(int Start, int End)>[] terms, int[] gaps, (int Start, int End)[] chosen, int t, ref int budget)
    {
        if (t == terms.Length)
        {
            return true;
        }
        foreach (var o in terms[t])
        {
            if (--budget <= 0)
            {
                return false;
            }
            if (t > 0)
            {
                var prev = chosen[t - 1];
                var distance = o.Start >= prev.End ? o.Start - prev.End : prev.Start >= o.End ? prev.Start - o.End : -1;
                if (distance < 0 || distance > gaps[t - 1] || Overlaps(chosen, t, o))
                {
                    continue;
                }
            }
            chosen[t] = o;
            if (Chain(terms, gaps, chosen, t + 1, ref budget))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Overlaps((int Start, int End)[] chosen, int count, (int Start, int End) o)
    {
        for (var i = 0; i < count; i++)
        {
            if (o.Start < chosen[i].End && chosen[i].Start < o.End)
            {
                return true;
            }
        }
        return false;
    }
}
