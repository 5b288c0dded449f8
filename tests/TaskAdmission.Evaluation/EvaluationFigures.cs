namespace TaskAdmission.Evaluation;

/// <summary>Counts over a set of outcomes; recall is counted per prohibited label (a notice may carry two).</summary>
public sealed class EvaluationFigures(IReadOnlyList<NoticeOutcome> outcomes)
{
    public IReadOnlyList<NoticeOutcome> Outcomes { get; } = outcomes;

    private IEnumerable<(NoticeOutcome Outcome, string Label)> Labelled =>
        Outcomes.SelectMany(o => o.Notice.Labels.Where(l => l != "clean").Select(l => (o, l)));

    public int ProhibitedLabels => Labelled.Count();

    public int ProhibitedDetected => Labelled.Count(x => x.Outcome.Detected(x.Label));

    public double Recall => ProhibitedLabels == 0 ? 1 : ProhibitedDetected / (double)ProhibitedLabels;

    public int Clean => Outcomes.Count(o => o.Notice.IsClean);

    public int FalseBlocks => Outcomes.Count(o => o.Notice.IsClean && o.Blocked);

    public int FalseFlags => Outcomes.Count(o => o.Notice.IsClean && !o.Blocked && o.Flagged);

    public double FalseBlockRate => Clean == 0 ? 0 : FalseBlocks / (double)Clean;

    /// <summary>(what-if) False blocks left if a refusal resting on one match went to a township's review.</summary>
    public int FalseBlocksWithOneMatchReviewed => Outcomes.Count(o => o.Notice.IsClean && o.Blocked && !o.RefusedOnOneMatch);

    /// <summary>(what-if) Labels still refused if a refusal resting on one match went to a township's review.</summary>
    public int ProhibitedDetectedWithOneMatchReviewed => Labelled.Count(x => x.Outcome.DetectedWithOneMatchReviewed(x.Label));

    public int SuggestionCases => Outcomes.Count(o => o.Notice.Suggest is not null);

    public int SuggestionHits => Outcomes.Count(o => o.SuggestionHit);

    public double SuggestionRecall => SuggestionCases == 0 ? 1 : SuggestionHits / (double)SuggestionCases;

    public (int Count, int Detected, int RightItem) Family(string family)
    {
        var labelled = Labelled.Where(x => NoticeOutcome.FamilyOf(x.Label) == family).ToList();
        return (labelled.Count, labelled.Count(x => x.Outcome.Detected(x.Label)), labelled.Count(x => x.Outcome.CitesLabelledItem(x.Label)));
    }

    /// <summary>Per prohibited item or certificate label (FM-04, BZ-05): labels, detected, cited that item, cited only labelled items.</summary>
    public IEnumerable<(string Label, int Count, int Detected, int RightItem, int OnlyRight)> Items() =>
        Labelled.Where(x => x.Label.Contains('-')).GroupBy(x => x.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(x => x.Outcome.Detected(x.Label)), g.Count(x => x.Outcome.CitesLabelledItem(x.Label)),
                g.Count(x => x.Outcome.CitesOnlyLabelledItems(x.Label))));

    /// <summary>Of the labels naming a prohibited item or certificate, the share whose own item is cited.</summary>
    public double CitationRate
    {
        get
        {
            var items = Labelled.Where(x => x.Label.Contains('-')).ToList();
            return items.Count == 0 ? 1 : items.Count(x => x.Outcome.CitesLabelledItem(x.Label)) / (double)items.Count;
        }
    }
}
