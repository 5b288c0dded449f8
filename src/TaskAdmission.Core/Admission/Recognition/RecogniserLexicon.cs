using System.Runtime.CompilerServices;
using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Every recogniser of a list set, compiled: the phrases of its items and lexicon entries with their synonym groups
/// expanded, and one literal index over all of them. Prohibited items and certificates also recognise their own title,
/// so an item without phrases is still found when a notice names it. Built once per merged list (published lists are
/// immutable) and shared by every check; its words make its own <see cref="WordOverlay"/> on jieba's dictionary, which
/// only its own checks cut with (a draft tried or an old version replayed does not change how the published lexicon cuts).
/// </summary>
public sealed class RecogniserLexicon
{
    private static readonly ConditionalWeakTable<MergedList, RecogniserLexicon> Cache = new();

    private RecogniserLexicon(IReadOnlyList<RecogniserEntry> entries, IReadOnlyList<LexiconProblem> problems,
        IReadOnlyDictionary<string, IReadOnlyList<string>> groups, IReadOnlyList<string> villageWords, IReadOnlyList<ItemSubject> subjects)
    {
        Entries = entries;
        Subjects = subjects;
        Problems = problems;
        Groups = groups;
        VillageWords = villageWords;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string literal) => ids.TryGetValue(literal, out var id) ? id : ids[literal] = ids.Count;
        var plans = new List<PatternPlan>();
        foreach (var (entry, e) in entries.Select((x, i) => (x, i)))
        {
            foreach (var pattern in entry.Patterns)
            {
                plans.Add(new PatternPlan(e, pattern,
                    [.. pattern.Terms.Select(t => t.Select(Id).ToArray())],
                    [.. pattern.Exclusions.Select(t => t.Select(Id).ToArray())]));
            }
        }
        Plans = plans;
        Index = new LiteralIndex([.. ids.OrderBy(p => p.Value).Select(p => p.Key)]);
        var byLiteral = new List<int>[ids.Count];
        foreach (var (plan, p) in plans.Select((x, i) => (x, i)))
        {
            foreach (var id in plan.Terms.SelectMany(t => t).Distinct())
            {
                (byLiteral[id] ??= []).Add(p);
            }
        }
        PlansByLiteral = [.. byLiteral.Select(l => l?.ToArray() ?? [])];
        Words = ChineseSegmenter.Compile(ids.Keys.Concat(villageWords).Concat(RecognitionCues.Instance.Words)
            .Concat(entries.Select(e => TextNormaliser.Fold(e.Item.TitleZh)).Where(t => t.Length <= 12)));
    }

    public IReadOnlyList<RecogniserEntry> Entries { get; }

    /// <summary>This lexicon's words for jieba (phrase literals, village and cue words, short item titles): every cut and tag of its checks uses them.</summary>
    public WordOverlay Words { get; }

    /// <summary>Stored phrases that did not compile; they are left out (the import refuses such phrases).</summary>
    public IReadOnlyList<LexiconProblem> Problems { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; }

    /// <summary>The built-in village words and the jurisdiction's <see cref="LexiconFamilies.VillageActors"/>, longest first.</summary>
    public IReadOnlyList<string> VillageWords { get; }

    public int PhraseCount => Plans.Count;

    /// <summary>The subject words of prohibited items (<see cref="LexiconFamilies.ItemSubjects"/>), to cite a general act as the item the sentence is about.</summary>
    internal IReadOnlyList<ItemSubject> Subjects { get; }

    internal IReadOnlyList<PatternPlan> Plans { get; }

    internal LiteralIndex Index { get; }

    internal int[][] PlansByLiteral { get; }

    /// <summary>The lexicon of the lists in force (cached with the merged list).</summary>
    public static RecogniserLexicon For(MergedList list) =>
        Cache.GetValue(list, l => Build(l.Items.Select(i => (i.Item, (EffectiveItem?)i))));

    /// <summary>The lexicon of a set's rows as they stand (a draft being tried), not cached.</summary>
    public static RecogniserLexicon ForItems(IEnumerable<ListItem> items) => Build(items.Select(i => (i, (EffectiveItem?)null)));

    private static RecogniserLexicon Build(IEnumerable<(ListItem Item, EffectiveItem? Effective)> rows)
    {
        var all = rows.ToList();
        var groups = SynonymGroups.From(all.Select(r => r.Item));
        var village = RecognitionCues.Instance.Village
            .Concat(all.Where(r => r.Item.Kind == ListKind.Lexicon && LexiconFamilies.Parse(r.Item.Category) == LexiconFamilies.VillageActors)
                .SelectMany(r => SynonymGroups.Members(r.Item.Recognisers)))
            .Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToList();
        var entries = new List<RecogniserEntry>();
        var problems = new List<LexiconProblem>();
        foreach (var (item, effective) in all)
        {
            var (target, family) = TargetOf(item);
            if (target is null)
            {
                continue;
            }
            var patterns = new List<CompiledPattern>();
            foreach (var phrase in PatternParser.SplitCell(item.Recognisers).Take(PatternLimits.MaxEntriesPerCell))
            {
                var (pattern, error) = PatternParser.Compile(phrase, groups);
                if (error is not null)
                {
                    problems.Add(new LexiconProblem(item.Code, phrase, error));
                }
                else
                {
                    patterns.Add(pattern!);
                }
            }
            if (target is RecogniserTarget.ProhibitedWork or RecogniserTarget.ProhibitedCertificate or RecogniserTarget.AllowedCertificate
                && TitlePattern(item) is { } title && !patterns.Any(p => p.Terms.Length == 1 && p.Terms[0].Contains(title.Terms[0][0])))
            {
                patterns.Add(title);
            }
            if (patterns.Count > 0)
            {
                entries.Add(new RecogniserEntry(item, effective, target.Value, family, patterns));
            }
        }
        return new RecogniserLexicon(entries, problems, groups, village, SubjectsOf(all.Select(r => r.Item), entries));
    }

    /// <summary>Each ITEM_SUBJECTS row names its prohibited item by the item's title; a refinement's row of the same title adds words.</summary>
    private static List<ItemSubject> SubjectsOf(IEnumerable<ListItem> items, List<RecogniserEntry> entries)
    {
        var byTitle = entries.Where(e => e.Target == RecogniserTarget.ProhibitedWork)
            .GroupBy(e => TextNormaliser.Fold(e.Item.TitleZh.Trim()), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. items.Where(i => i.Kind == ListKind.Lexicon && LexiconFamilies.Parse(i.Category) == LexiconFamilies.ItemSubjects)
            .Select(i => (Entry: byTitle.GetValueOrDefault(TextNormaliser.Fold(i.TitleZh.Trim())), Words: SynonymGroups.Members(i.Recognisers)))
            .Where(x => x.Entry is not null)
            .GroupBy(x => x.Entry!)
            .Select(g => new ItemSubject(g.Key, [.. g.SelectMany(x => x.Words).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)]))];
    }

    private static (RecogniserTarget? Target, string? Family) TargetOf(ListItem item) => item.Kind switch
    {
        ListKind.Prohibited => (RecogniserTarget.ProhibitedWork, null),
        ListKind.CertificateProhibited => (RecogniserTarget.ProhibitedCertificate, null),
        ListKind.CertificateAllowed => (RecogniserTarget.AllowedCertificate, null),
        ListKind.Autonomy or ListKind.Assist or ListKind.Signboard => (RecogniserTarget.Admissible, null),
        ListKind.Lexicon when LexiconFamilies.Parse(item.Category) is { } f && LexiconFamilies.Rules.Contains(f) => (RecogniserTarget.RuleFamily, f),
        _ => (null, null),
    };

    private static CompiledPattern? TitlePattern(ListItem item)
    {
        var title = TextNormaliser.Fold(item.TitleZh.Trim());
        return title.Length is < 2 or > PatternLimits.MaxLiteralLength || title.IndexOfAny(['。', '!', '?', ';', ',', ':']) >= 0
            ? null
            : new CompiledPattern(item.TitleZh.Trim(), [[title]], [], []);
    }
}
