using System.Globalization;

namespace TaskAdmission.Evaluation;

/// <summary>The figures of one run: per family recall, false blocks and flags on clean notices, top-3 suggestion recall, confusions.</summary>
public sealed class EvaluationReport(IReadOnlyList<NoticeOutcome> outcomes, IReadOnlyList<double> timings)
{
    public static readonly string[] Families =
        ["PROHIBITED_ITEM", "PROHIBITED_CERTIFICATE", "PLEDGE_OR_VETO", "APP_CHECKIN", "ASSESSMENT_BAN", "SIGNBOARD", "DEMONSTRATION"];

    public IReadOnlyList<NoticeOutcome> Outcomes { get; } = outcomes;

    public IReadOnlyList<double> TimingsMs { get; } = timings;

    /// <summary>Bytes allocated by each check (a load-independent measure of its work, unlike the times).</summary>
    public IReadOnlyList<long> AllocatedBytes { get; init; } = [];

    public EvaluationFigures Figures(string? set = null) => new(set is null ? Outcomes : [.. Outcomes.Where(o => o.Notice.Set == set)]);

    /// <summary>The figures over several parts of the corpus (e.g. <see cref="EvaluationFloor.Sets"/>).</summary>
    public EvaluationFigures Figures(IReadOnlyList<string> sets) => new([.. Outcomes.Where(o => sets.Contains(o.Notice.Set))]);

    public void Print(TextWriter output)
    {
        output.WriteLine($"admission-eval | {Outcomes.Count} notices ({string.Join(", ", NoticeCorpus.Sets.Select(s => $"{Outcomes.Count(o => o.Notice.Set == s)} {s}"))})");
        foreach (var set in NoticeCorpus.Sets.Append(null))
        {
            var name = set ?? "all";
            var figures = Figures(set);
            if (set is null)
            {
                var floor = Figures(EvaluationFloor.Sets);
                output.WriteLine();
                output.WriteLine($"== floor ({string.Join(" + ", EvaluationFloor.Sets)}): recall {Percent(floor.ProhibitedDetected, floor.ProhibitedLabels)}, false blocks {Percent(floor.FalseBlocks, floor.Clean)}, top-3 {Percent(floor.SuggestionHits, floor.SuggestionCases)}, right item cited {floor.CitationRate.ToString("0.0%", CultureInfo.InvariantCulture)} — {(EvaluationFloor.IsMet(floor) ? "met" : "NOT MET")} ==");
            }
            if (figures.Outcomes.Count == 0)
            {
                continue;
            }
            output.WriteLine();
            output.WriteLine($"== {name} ==");
            output.WriteLine($"{"family",-24} {"notices",8} {"detected",9} {"recall",8} {"right item",11}");
            foreach (var family in Families)
            {
                var (count, detected, rightItem) = figures.Family(family);
                if (count > 0)
                {
                    output.WriteLine($"{family,-24} {count,8} {detected,9} {Percent(detected, count),8} {(family.StartsWith("PROHIBITED_", StringComparison.Ordinal) ? Percent(rightItem, count) : ""),11}");
                }
            }
            output.WriteLine($"{"all prohibited",-24} {figures.ProhibitedLabels,8} {figures.ProhibitedDetected,9} {Percent(figures.ProhibitedDetected, figures.ProhibitedLabels),8}");
            output.WriteLine($"clean notices {figures.Clean}: false blocks {figures.FalseBlocks} ({Percent(figures.FalseBlocks, figures.Clean)}), false flags {figures.FalseFlags} ({Percent(figures.FalseFlags, figures.Clean)})");
            output.WriteLine($"if a refusal resting on one match went to township review: false blocks {figures.FalseBlocks} → {figures.FalseBlocksWithOneMatchReviewed} ({Percent(figures.FalseBlocksWithOneMatchReviewed, figures.Clean)}), labels refused {figures.ProhibitedDetected} → {figures.ProhibitedDetectedWithOneMatchReviewed} ({Percent(figures.ProhibitedDetectedWithOneMatchReviewed, figures.ProhibitedLabels)}; the others reach a person)");
            output.WriteLine($"top-3 suggestion recall: {figures.SuggestionHits}/{figures.SuggestionCases} ({Percent(figures.SuggestionHits, figures.SuggestionCases)})");
            output.WriteLine($"right item cited (item and certificate labels): {figures.CitationRate.ToString("0.0%", CultureInfo.InvariantCulture)}; per prohibited item (labels, detected, its item cited, only labelled items cited):");
            foreach (var (label, count, detected, right, only) in figures.Items().Where(i => i.Label.StartsWith("FM-", StringComparison.Ordinal)))
            {
                output.WriteLine($"  {label,-8} {count,4} {detected,4} {right,4} ({Percent(right, count)}) {only,4} ({Percent(only, count)})");
            }
            output.WriteLine("by tag (recall on prohibited labels | false blocks on clean):");
            foreach (var tag in figures.Outcomes.SelectMany(o => o.Notice.Tags).Distinct().Order(StringComparer.Ordinal))
            {
                var tagged = new EvaluationFigures([.. figures.Outcomes.Where(o => o.Notice.Tags.Contains(tag))]);
                output.WriteLine($"  {tag,-16} {Percent(tagged.ProhibitedDetected, tagged.ProhibitedLabels),8} of {tagged.ProhibitedLabels,3} | {tagged.FalseBlocks} of {tagged.Clean}");
            }
        }
        output.WriteLine();
        output.WriteLine("== confusions ==");
        foreach (var o in Outcomes)
        {
            foreach (var label in o.Notice.Labels.Where(l => l != "clean"))
            {
                if (!o.Detected(label))
                {
                    output.WriteLine($"MISS        {o.Notice.Id} [{label}] {o.Notice.Title}: {o.Notice.Text}{Certificate(o)} → {o.Explain()}");
                }
                else if (label.Contains('-') && !o.CitesLabelledItem(label))
                {
                    output.WriteLine($"OTHER ITEM  {o.Notice.Id} [{label}] {o.Notice.Title} → {o.Explain()}");
                }
            }
            // (phase 21) A labelled notice whose prohibited finding is only a warning reaches a person, not a refusal.
            if (!o.Notice.IsClean && o.ReviewOnly)
            {
                output.WriteLine($"REVIEW ONLY {o.Notice.Id} [{string.Join(", ", o.Notice.Labels)}] {o.Notice.Title}");
            }
            if (o.Notice.IsClean && (o.Blocked || o.Flagged))
            {
                output.WriteLine($"{(o.Blocked ? "FALSE BLOCK" : "FALSE FLAG "),-11} {o.Notice.Id} {o.Notice.Title}: {o.Notice.Text}{Certificate(o)} → {o.Explain()}");
            }
            if (o.Notice.Suggest is { } expected && !o.SuggestionHit)
            {
                output.WriteLine($"SUGGESTION  {o.Notice.Id} expected {expected}, got [{string.Join(", ", o.Result.SuggestedItems.Select(s => $"{s.Code} {s.Score:0.00}"))}] {o.Notice.Title}");
            }
        }
        var sorted = TimingsMs.Order().ToList();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check time per notice: p50 {sorted[sorted.Count / 2]:0.000} ms, p99 {sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)]:0.000} ms, max {sorted[^1]:0.000} ms"));
        if (AllocatedBytes.Count > 0)
        {
            var bytes = AllocatedBytes.Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allocated per notice (load-independent): mean {bytes.Average() / 1024:0.0} kB, p50 {bytes[bytes.Count / 2] / 1024.0:0.0} kB, p99 {bytes[(int)Math.Min(bytes.Count - 1, Math.Ceiling(bytes.Count * 0.99) - 1)] / 1024.0:0.0} kB, total {bytes.Sum() / 1048576.0:0.0} MB"));
        }
    }

    private static string Certificate(NoticeOutcome o) => o.Notice.Certificate is { } c ? $" [证明: {c}]" : "";

    public static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
