using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// "Try it": runs a list set's recognisers — a draft as it stands, or a district draft merged onto its city set — over a
/// pasted notice, and shows what fires and why. Also checks a set of notices known to be clean against a draft, so an
/// edit that would start blocking honest notices is seen before it is published.
/// </summary>
public static class RecognitionTrial
{
    public static TrialResult Try(IEnumerable<ListItem> items, string? title, string? description) =>
        Run(RecogniserLexicon.ForItems(items), title, description);

    /// <summary>A district draft as it would apply: merged onto the city set (the city's phrases always stay).</summary>
    public static TrialResult Try(ListSet city, ListSet? district, string? title, string? description) =>
        Run(RecogniserLexicon.For(ListMerger.Merge(city, district)), title, description);

    /// <summary>The clean notices that the items would block or flag, with the matches that do it.</summary>
    public static IReadOnlyList<FlaggedNotice> CleanNoticesFlagged(IEnumerable<ListItem> items, IEnumerable<CleanNotice> cleanNotices)
    {
        var lexicon = RecogniserLexicon.ForItems(items);
        return [.. cleanNotices
            .Select(n => new FlaggedNotice(n, [.. Run(lexicon, n.Title, n.Text).Findings]))
            .Where(n => n.Hits.Count > 0)];
    }

    /// <summary>The items a district draft applies with: the city's merged with its own (the city's phrases always stay).</summary>
    public static IReadOnlyList<ListItem> Applied(ListSet city, ListSet? district) =>
        [.. ListMerger.Merge(city, district).Items.Select(i => i.Item)];

    private static TrialResult Run(RecogniserLexicon lexicon, string? title, string? description)
    {
        var analysis = TextAnalyser.Analyse(lexicon, [("title", title ?? ""), ("description", description ?? "")]);
        var ordered = analysis.Hits
            .OrderBy(h => h.Entry.Target is RecogniserTarget.Admissible or RecogniserTarget.AllowedCertificate ? 1 : 0)
            .ThenByDescending(h => h.Verdict.Fires)
            .ToList();
        return new TrialResult(ordered, lexicon.Problems, analysis.Truncated);
    }
}
