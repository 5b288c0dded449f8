using TaskAdmission.Core.Admission.Recognition.Patterns;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Runs a lexicon over a task's fields: normalise, split into clauses, find every literal in one pass, then match the
/// phrases whose literals occurred, term by term within their gaps in one clause, and judge each match with
/// <see cref="Agency"/>. A title is a heading, so a firing title match is judged again with what the description says of
/// the same thing (<see cref="TitleContext"/>). Deterministic: the same text and lexicon give the same hits in the same order. Instead of
/// a wall-clock limit (which would make a replayed check differ) the matching has a work budget that no bounded phrase
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
        var readings = new List<FieldReading>();
        var titleHits = new List<(int Index, string[] Terms, string Act, string[] Exclusions)>();
        foreach (var (field, source) in fields)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }
            var reading = new FieldReading(field, source, lexicon.VillageWords);
            readings.Add(reading);
            if (reading.Clauses.Count == 0 || !AnalyseField(lexicon, reading, hits, field == TitleContext.Title ? titleHits : null,
                    readings.FirstOrDefault(r => r.Field == TitleContext.Title), ref budget))
            {
                return new TextAnalysis(hits, truncated: true);
            }
        }
        if (titleHits.Count > 0 && readings.FirstOrDefault(r => r.Field == TitleContext.Description) is { } description)
        {
            TitleContext.Apply(hits, titleHits, readings.FirstOrDefault(r => r.Field == TitleContext.Title), description);
        }
        Disclaimers.Apply(hits);
        return new TextAnalysis(hits, truncated: false);
    }

    private static bool AnalyseField(RecogniserLexicon lexicon, FieldReading reading, List<RecognitionHit> hits, List<(int Index, string[] Terms, string Act, string[] Exclusions)>? titleHits,
        FieldReading? title, ref int budget)
    {
        var text = reading.Text;
        var starts = new Dictionary<int, List<int>>();
        foreach (var (id, start) in lexicon.Index.FindAll(text.Text))
        {
            if (reading.IsCited(start))
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
        var merged = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var p in candidates)
        {
            var plan = lexicon.Plans[p];
            var terms = plan.Terms.Select(t => PhraseMatching.Occurrences(t, starts, lexicon.Index, merged)).ToArray();
            if (terms.Any(t => t.Count == 0))
            {
                continue;
            }
            var exclusions = plan.Exclusions.Select(x => PhraseMatching.Occurrences(x, starts, lexicon.Index, merged)).Where(x => x.Count > 0).ToArray();
            var found = 0;
            var lastClause = -1;
            foreach (var first in terms[0])
            {
                var clauseIndex = reading.ClauseAt(first.Start);
                if (clauseIndex < 0 || clauseIndex == lastClause)
                {
                    continue;
                }
                lastClause = clauseIndex;
                var clause = reading.Clauses[clauseIndex];
                if (exclusions.Any(x => PhraseMatching.Within(x, clause).Count > 0))
                {
                    continue;
                }
                var inClause = terms.Select(t => PhraseMatching.Within(t, clause)).ToArray();
                var chain = new (int Start, int End)[inClause.Length];
                if (!PhraseMatching.Chain(inClause, plan.Pattern.Gaps, chain, 0, ref budget))
                {
                    if (budget <= 0)
                    {
                        return false;
                    }
                    continue;
                }
                var entry = lexicon.Entries[plan.Entry];
                var verdict = Agency.Judge(reading.Reader, clauseIndex, chain, entry.AimedAtVillage);
                if (verdict.Fires)
                {
                    entry = SubjectMatter.Resolve(lexicon, entry, reading, clauseIndex, chain, title);
                }
                var ordered = chain.OrderBy(c => c.Start).ToArray();
                if (titleHits is not null && verdict.Fires)
                {
                    titleHits.Add((hits.Count, [.. ordered.Select(c => text.Text[c.Start..c.End])], text.Text[chain[^1].Start..chain[^1].End], [.. plan.Pattern.Exclusions.SelectMany(x => x)]));
                }
                hits.Add(Hit(entry, plan.Pattern.Source, reading, ordered, verdict));
                if (++found == MaxHitsPerPhrase)
                {
                    break;
                }
            }
        }
        return true;
    }

    private static RecognitionHit Hit(RecogniserEntry entry, string phrase, FieldReading reading, (int Start, int End)[] ordered, HitVerdict verdict)
    {
        var text = reading.Text;
        var spans = ordered.Select(c => text.ToSource(c.Start, c.End)).Select(s => new EvidenceSpan(reading.Field, s.Start, s.End - s.Start)).ToList();
        var (from, to) = text.ToSource(ordered[0].Start, ordered.Max(c => c.End));
        var matched = text.Source[from..to];
        return new RecognitionHit(entry, phrase, reading.Field, spans, matched.Length > MaxMatchedText ? matched[..MaxMatchedText] + "…" : matched, verdict);
    }
}
