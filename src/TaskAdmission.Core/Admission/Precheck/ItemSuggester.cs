using System.Runtime.CompilerServices;
using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// Ranks the admissible items (autonomy, assistance, allowed certificates, signboards) for a task's text. Three signals:
/// the item's recognition phrases that matched the text (strongest: written for this purpose), the IDF-weighted share of
/// the item's words (title, category, notes, segmented by jieba) found among the task's words or their synonyms (the
/// lexicon's synonym groups and jieba's synonym sets; a share of at least the median item's words, so that a thin description
/// is not matched whole by a common word), and the share of the title's character pairs (robust when jieba
/// cuts a word differently); and, to order the items those three found, a BM25 score of the task's words against each
/// item's whole text (title, category, legal basis, department, notes and every literal of its phrases). Built once per
/// merged list.
/// </summary>
internal sealed class ItemSuggester
{
    /// <summary>Characters of the description read for suggestions: what a task is about is said at its start.</summary>
    public const int SuggestionTextLimit = 4000;

    private const double PhraseWeight = 0.5;
    private const double WordWeight = 0.3;
    private const double PairWeight = 0.2;

    /// <summary>
    /// How much the item's whole text counts (<see cref="FieldScores"/>). It orders the items the three signals above found
    /// (an item they score at most <see cref="FoundFloor"/> is not suggested on its whole text alone: a word near a line of
    /// work, 走访慰问 for an old Party member, must not recruit the veterans' item).
    /// </summary>
    private const double FieldWeight = 0.2;

    /// <summary>The score below which an item is not suggested.</summary>
    private const double FoundFloor = 0.05;

    /// <summary>The BM25 score that counts whole: weaker best scores count in proportion (a common word shared with every item points to none).</summary>
    private const double FieldFloor = 20.0;

    /// <summary>How many times the item's title is counted in its text.</summary>
    private const double FieldTitleCount = 2.0;

    /// <summary>How many times a word of the notice's title counts.</summary>
    private const double QueryTitleCount = 2.0;

    /// <summary>How many times the department that asks for the work is counted in the item's text.</summary>
    private const double FieldDepartmentCount = 1.0;

    /// <summary>BM25's usual saturation and length normalisation.</summary>
    private const double Bm25K1 = 1.2;

    private const double Bm25B = 0.75;

    /// <summary>A phrase matched in the title counts as this many matched in the body.</summary>
    internal const double TitlePhraseFactor = 2.0;

    /// <summary>
    /// How much a form-only match counts (a phrase matched outside any form counts 1): it still says the task publishes
    /// something, so with nothing better the publishing item is still suggested.
    /// </summary>
    internal const double FormWeight = 0.25;

    private const string TitleField = "title";

    /// <summary>
    /// The forms through which a village makes a thing known by hand: posters, leaflets and the acts of posting and handing
    /// them out. Words only, no subject: 政策宣讲 or 财务公开 are subjects and stay out, and so do the boards (村务公开栏):
    /// what a village 公示 on its board is village affairs, the subject of 村务公开 itself.
    /// </summary>
    private static readonly string[] FormWords = RecognitionCues.Instance.List("item_suggester.form_words");

    private static readonly ConditionalWeakTable<MergedList, ItemSuggester> Cache = new();

    private readonly (EffectiveItem Item, (string Word, double Weight)[] Words, double Total)[] items;
    private readonly Dictionary<string, (int Item, double Weight)[]> postings;
    private readonly TextMatcher<EffectiveItem> pairs;
    private readonly Dictionary<string, IReadOnlyList<string>> groupOf = new(StringComparer.Ordinal);
    private readonly WordOverlay lexiconWords;

    /// <summary>The median weight of an item's words (<see cref="MedianOf"/>): the least a word share is taken of.</summary>
    private readonly double medianTotal;

    private ItemSuggester(MergedList list, RecogniserLexicon lexicon)
    {
        lexiconWords = lexicon.Words; // the items' and the task's words are cut as the lexicon's checks cut them
        var admissible = list.Items.Where(i => i.Kind is ListKind.Autonomy or ListKind.Assist or ListKind.CertificateAllowed or ListKind.Signboard).ToList();
        var docs = admissible.Select(i => (Item: i, Words: WordsOf(string.Join(" ", i.Item.TitleZh, i.Item.Category, i.Item.Notes)))).ToList();
        var frequency = docs.SelectMany(d => d.Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var n = Math.Max(docs.Count, 1);
        items = [.. docs.Select(d =>
        {
            var weighted = d.Words.Select(w => (w, Math.Log(1.0 + n / (double)frequency[w]))).ToArray();
            return (d.Item, weighted, weighted.Sum(w => w.Item2));
        })];
        medianTotal = MedianOf(items.Select(i => i.Total));
        pairs = new TextMatcher<EffectiveItem>(admissible.Select(i => (i, i.Item.TitleZh)));
        postings = FieldPostings(admissible, lexicon);
        foreach (var members in lexicon.Groups.Values)
        {
            foreach (var member in members)
            {
                groupOf[member] = members;
            }
        }
    }

    public static ItemSuggester For(MergedList list, RecogniserLexicon lexicon) => Cache.GetValue(list, l => new ItemSuggester(l, lexicon));

    /// <summary>
    /// The suggestions to show from a ranking: its first <paramref name="take"/> items, or, when the text fires a prohibited
    /// item's or certificate's recogniser, only the allowed certificates the text asks for (<paramref name="asked"/>, from
    /// <see cref="PapersAsked"/>). An autonomy or assistance item beside banned work would offer it a cover (a 收缴 of fees is
    /// no 议事会 because the title says so), but a permitted certificate is a paper of its own: a notice that asks the village
    /// for one asks for something the list allows, whatever else in it blocks, and the applicant wants to know that part is
    /// on the list.
    /// </summary>
    public static IEnumerable<(EffectiveItem Item, double Score)> Suggestable(IReadOnlyList<(EffectiveItem Item, double Score)> ranked, HashSet<string>? asked, int take) =>
        asked is null
            ? ranked.Take(take)
            : ranked.Where(r => r.Item.Kind is ListKind.CertificateAllowed && (asked.Contains(r.Item.Code) || asked.Contains(r.Item.Item.TitleZh))).Take(take);

    /// <summary>
    /// The allowed certificates a text asks for by name, as codes or titles: the certificate's own title matched, one of its
    /// phrases matched up to the paper's word (承包经营权互换变更证明, not 随迁子女 or 公示无异议 — the words of its line of
    /// work name the topic, not the paper), or a demand to issue a paper (出具…证明) that the reading took for this listed
    /// certificate. A match that every reading negates does not ask (其他证明一律不出具), whoever the sentence says wants the
    /// paper does (the school that wants the 家庭经济困难证明 is not the village, but the village issues it). A paper whose
    /// words a prohibited certificate's or item's firing match also reads is that banned paper, not the allowed one
    /// (出具家庭资产情况的证明 for a student loan is the banned property certificate, though the loan is the student-aid
    /// certificate's topic).
    /// </summary>
    public static HashSet<string> PapersAsked(TextAnalysis analysis)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        List<EvidenceSpan>? banned = null;
        foreach (var hit in analysis.Hits)
        {
            string? paper = null;
            if (hit.Verdict.Reason is VerdictReason.NamedCertificate && hit.Verdict.Cue is { } title)
            {
                paper = title;
            }
            else if (hit.Entry.Target is RecogniserTarget.AllowedCertificate && hit.Verdict.Reason is not VerdictReason.Negated
                && OwnPhrase(hit) && (hit.MatchedText == hit.Entry.Item.TitleZh || NamesPaper(hit)))
            {
                paper = hit.Entry.Code;
            }
            if (paper is null)
            {
                continue;
            }
            banned ??= [.. analysis.Hits
                .Where(h => h.Verdict.Fires && h.Entry.Target is RecogniserTarget.ProhibitedCertificate or RecogniserTarget.ProhibitedWork)
                .SelectMany(h => h.Spans)];
            if (!Overlaps(hit.Spans, banned))
            {
                asked.Add(paper);
            }
        }
        return asked;
    }

    /// <summary>Whether the hit's phrase is one of its entry's own (not a demand to issue a paper the reading attached to it).</summary>
    private static bool OwnPhrase(RecognitionHit hit)
    {
        foreach (var pattern in hit.Entry.Patterns)
        {
            if (pattern.Source == hit.Phrase)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Overlaps(IReadOnlyList<EvidenceSpan> spans, List<EvidenceSpan> others)
    {
        foreach (var x in spans)
        {
            foreach (var y in others)
            {
                if (x.Field == y.Field && x.Start < y.Start + y.Length && y.Start < x.Start + x.Length)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether a match ends on the word of a paper (证明, 说明, 书面意见 …).</summary>
    private static bool NamesPaper(RecognitionHit hit) =>
        RecognitionCues.Instance.CertificateDocuments.Any(d => hit.MatchedText.EndsWith(d, StringComparison.Ordinal));

    /// <summary>Every admissible item that scores, best first.</summary>
    public IReadOnlyList<(EffectiveItem Item, double Score)> Rank(string title, string description, TextAnalysis analysis, int take = int.MaxValue)
    {
        var text = title + "。" + (description.Length > SuggestionTextLimit ? description[..SuggestionTextLimit] : description);
        var query = new HashSet<string>(StringComparer.Ordinal);
        var textWords = WordsOf(text);
        foreach (var word in textWords)
        {
            query.Add(word);
            query.UnionWith(WordLists.SynonymsOf(word));
            if (groupOf.TryGetValue(word, out var group))
            {
                query.UnionWith(group);
            }
        }
        var phraseHits = analysis.Hits
            .Where(h => h.Entry.Target is RecogniserTarget.Admissible or RecogniserTarget.AllowedCertificate)
            .GroupBy(h => h.Entry.Code, ListCodes.Comparer)
            .ToDictionary(g => g.Key, g => MatchCount(g, description), ListCodes.Comparer);
        var pairScores = pairs.Rank(TextGrams.Of(text)).ToDictionary(p => p.Key.Code, p => p.Score, ListCodes.Comparer);
        var field = FieldScores(title, textWords);
        var scored = new List<(EffectiveItem, double)>();
        for (var i = 0; i < items.Length; i++)
        {
            var (item, words, total) = items[i];
            // Summed in the items' word order, as before (the same double to the last bit), without a closure per item.
            var shared = 0.0;
            foreach (var (word, weight) in words)
            {
                if (query.Contains(word))
                {
                    shared += weight;
                }
            }
            // A share of the item's words, but never of fewer than the median item's: one common word must not match a thin
            // description whole (证明 for a certificate whose title is all its words).
            var wordShare = total <= 0 ? 0 : shared / Math.Max(total, medianTotal);
            var phrase = phraseHits.TryGetValue(item.Code, out var count) ? Math.Min(1, 0.5 + (0.25 * count)) : 0;
            var found = (PhraseWeight * phrase) + (WordWeight * wordShare) + (PairWeight * pairScores.GetValueOrDefault(item.Code));
            var score = found + (FieldWeight * field[i]);
            if (found > FoundFloor)
            {
                scored.Add((item, Math.Round(score, 3)));
            }
        }
        return [.. scored.OrderByDescending(s => s.Item2).Take(take)];
    }

    /// <summary>
    /// How much an item's matched phrases count together. Each mention of the item's topic counts as <see cref="PhraseCount"/>
    /// says, where a mention is a phrase's matches together with every other phrase of the item that reads some of the same
    /// characters: an item's vocabulary names one thing several ways (村务监督委员会 on its own, 监督委员会 beside 签字), and
    /// the minutes that mention the committee once mention it once, however many of its phrases read those words — a
    /// richer vocabulary must not make an item mentioned in passing outweigh the one the title names. A phrase matched in
    /// the body only on the words of a poster or leaflet and its posting (张贴…海报, 发放明白纸) names the way the thing is
    /// made known, not the thing: a notice that has villages post a poster about fake seeds or hand out leaflets on
    /// medical-insurance codes is about the seeds or the insurance, not about publicity as such. Such form-only matches
    /// count <see cref="FormWeight"/> once per poster or leaflet named, however many phrases read the same words.
    /// </summary>
    internal static double MatchCount(IEnumerable<RecognitionHit> hits, string description)
    {
        HashSet<int>? formPlaces = null;
        var phrases = new List<List<RecognitionHit>>();
        foreach (var phrase in hits.GroupBy(h => h.Phrase))
        {
            List<RecognitionHit>? subject = null;
            foreach (var hit in phrase)
            {
                if (FormPlace(hit, description) is { } place)
                {
                    (formPlaces ??= []).Add(place);
                }
                else
                {
                    (subject ??= []).Add(hit);
                }
            }
            if (subject is not null)
            {
                phrases.Add(subject);
            }
        }
        // Phrases that read some of the same characters are one mention. An item matches a handful of phrases in a
        // notice, so the pairs are compared directly; each phrase points to the first phrase of its mention.
        var mentionOf = new int[phrases.Count];
        for (var i = 0; i < phrases.Count; i++)
        {
            mentionOf[i] = i;
            for (var j = 0; j < i; j++)
            {
                if (mentionOf[j] != mentionOf[i] && SameWords(phrases[i], phrases[j]))
                {
                    var (from, to) = (Math.Max(mentionOf[i], mentionOf[j]), Math.Min(mentionOf[i], mentionOf[j]));
                    for (var k = 0; k <= i; k++)
                    {
                        if (mentionOf[k] == from)
                        {
                            mentionOf[k] = to;
                        }
                    }
                }
            }
        }
        var count = 0.0;
        for (var m = 0; m < phrases.Count; m++)
        {
            if (mentionOf[m] == m)
            {
                count += PhraseCount(phrases.Where((_, i) => mentionOf[i] == m).SelectMany(p => p));
            }
        }
        return count + (FormWeight * (formPlaces?.Count ?? 0));
    }

    /// <summary>Whether two phrases' matches share a character of the same field.</summary>
    private static bool SameWords(List<RecognitionHit> first, List<RecognitionHit> second)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                foreach (var x in a.Spans)
                {
                    foreach (var y in b.Spans)
                    {
                        if (x.Field == y.Field && x.Start < y.Start + y.Length && y.Start < x.Start + x.Length)
                        {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Where the poster or leaflet word starts that holds every span of a body match, or null when the match names more than a
    /// form (or is in the title: the title says what the task is about).
    /// </summary>
    private static int? FormPlace(RecognitionHit hit, string description)
    {
        if (hit.Field == TitleField || hit.Spans.Count == 0)
        {
            return null;
        }
        int? first = null;
        foreach (var span in hit.Spans)
        {
            if (span.Field == TitleField || FormWordAround(description, span.Start, span.Length) is not { } at)
            {
                return null;
            }
            first ??= at;
        }
        return first;
    }

    /// <summary>The start of a form word of <paramref name="text"/> that contains the span, or null.</summary>
    private static int? FormWordAround(string text, int start, int length)
    {
        foreach (var word in FormWords)
        {
            if (word.Length < length)
            {
                continue;
            }
            for (var at = Math.Max(0, start + length - word.Length); at <= start && at + word.Length <= text.Length; at++)
            {
                if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                {
                    return at;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// How much one matched phrase of an item counts. A negated phrase still names the topic (垃圾分类工作不再要求报送照片
    /// is about waste sorting): it counts half, and so does a phrase whose act the text gives to another body (厨师的健康证
    /// 由所里查: the topic is named, the village's part is something else) — but not in the title, where the other body is the
    /// notice's issuer, who asks rather than does. A phrase matched in the title counts twice: the title says what the task is
    /// about, the body also names what it touches in passing (the minutes of a 村民议事会 mention the supervision committee
    /// that signs them and the representatives who were chosen, but the meeting is the deliberation).
    /// </summary>
    internal static double PhraseCount(IEnumerable<RecognitionHit> hits)
    {
        var count = 0.5;
        var inTitle = false;
        foreach (var hit in hits)
        {
            // In the title the body a reading finds is the issuer (白水镇关于开展“村民说事”活动的指导意见): the one who asks,
            // not the one who does, so the topic the title names counts whole. A negated title still counts half.
            if (hit.Verdict.Reason is not (VerdictReason.Negated or VerdictReason.OtherActor)
                || (hit.Verdict.Reason is VerdictReason.OtherActor && hit.Field == TitleField))
            {
                count = 1.0;
            }
            inTitle |= hit.Field == TitleField;
        }
        return inTitle ? count * TitlePhraseFactor : count;
    }

    /// <summary>
    /// The items' whole texts as a search engine indexes them: for each word, the items whose text holds it and how much it
    /// weighs there (BM25: the word's rarity across the items times its saturated count, the count normalised by the
    /// length of the item's text). An item's text is its title (counted <see cref="FieldTitleCount"/> times: the title
    /// names the work), its category, legal basis and notes, and every literal of its recognition phrases (the words of
    /// its field of work, written by the list's authors): a notice that uses one rare word of an item's field points to
    /// the item even when no phrase of it matches whole. Written here rather than taken from a search library (Lucene.NET):
    /// the index is a few dozen items built once per merged list, and the words must be cut as the lexicon cuts them.
    /// </summary>
    private Dictionary<string, (int Item, double Weight)[]> FieldPostings(List<EffectiveItem> admissible, RecogniserLexicon lexicon)
    {
        var vocabulary = lexicon.Entries
            .Where(e => e.Target is RecogniserTarget.Admissible or RecogniserTarget.AllowedCertificate)
            .GroupBy(e => e.Code, ListCodes.Comparer)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Patterns).SelectMany(p => p.Terms).SelectMany(t => t).ToList(), ListCodes.Comparer);
        var counts = new Dictionary<string, double>[admissible.Count];
        for (var i = 0; i < admissible.Count; i++)
        {
            var item = admissible[i].Item;
            var bag = counts[i] = new Dictionary<string, double>(StringComparer.Ordinal);
            void Add(string? text, double times)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return;
                }
                foreach (var word in WordsOf(text))
                {
                    bag[word] = bag.GetValueOrDefault(word) + times;
                }
            }
            Add(item.TitleZh, FieldTitleCount);
            Add(item.Category, 1);
            Add(item.LegalBasis, 1);
            Add(item.DepartmentCode, FieldDepartmentCount);
            Add(item.Notes, 1);
            foreach (var literal in vocabulary.GetValueOrDefault(admissible[i].Code) ?? [])
            {
                Add(literal, 1);
            }
        }
        var n = admissible.Count;
        var lengths = counts.Select(c => c.Values.Sum()).ToArray();
        var average = lengths.Length == 0 ? 1 : Math.Max(lengths.Average(), 1);
        var frequency = counts.SelectMany(c => c.Keys).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            foreach (var (word, count) in counts[i])
            {
                var df = frequency[word];
                var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                var saturated = count * (Bm25K1 + 1) / (count + (Bm25K1 * (1 - Bm25B + (Bm25B * lengths[i] / average))));
                if (!result.TryGetValue(word, out var list))
                {
                    result[word] = list = [];
                }
                list.Add((i, idf * saturated));
            }
        }
        return result.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Each item's BM25 score for the notice, divided by the best item's score or by <see cref="FieldFloor"/> when the best
    /// is weaker (a notice that shares only a common word with every item points to none). A word of the notice's title
    /// counts <see cref="QueryTitleCount"/> times: the title says what the task is about.
    /// </summary>
    private double[] FieldScores(string title, string[] textWords)
    {
        var scores = new double[items.Length];
        var titleWords = new HashSet<string>(WordsOf(title), StringComparer.Ordinal);
        foreach (var word in textWords)
        {
            var times = titleWords.Contains(word) ? QueryTitleCount : 1.0;
            if (postings.TryGetValue(word, out var list))
            {
                foreach (var (item, weight) in list)
                {
                    scores[item] += times * weight;
                }
            }
        }
        var best = scores.Length == 0 ? FieldFloor : Math.Max(scores.Max(), FieldFloor);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= best;
        }
        return scores;
    }

    /// <summary>
    /// The median of the items' word weights (the upper one of an even count), 0 for no items. A word share is taken of at
    /// least this much: an item whose description is thin (a certificate's title and the category every certificate has,
    /// 居（租）住证明 beside 证明事项) is matched whole by one or two words any notice may use, and then outranks the item
    /// whose rich description the notice matches in good part. Of the median and not of the richest item, so that a thin
    /// item the notice names in several of its words still scores high.
    /// </summary>
    internal static double MedianOf(IEnumerable<double> totals)
    {
        var sorted = totals.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private string[] WordsOf(string text) =>
        [.. ChineseSegmenter.Cut(TextNormaliser.Fold(text), lexiconWords)
            .Select(w => w.Text)
            .Where(w => w.Length >= 2 && TextNormaliser.IsChinese(w[0]) && !WordLists.IsStopWord(w))
            .Distinct(StringComparer.Ordinal)];
}
