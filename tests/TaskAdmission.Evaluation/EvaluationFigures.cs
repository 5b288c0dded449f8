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

    public int SuggestionCases => Outcomes.Count(o => o.Notice.Suggest is not null);

    public int SuggestionHits => Outcomes.Count(o => o.SuggestionHit);

    public double SuggestionRecall => SuggestionCases == 0 ? 1 : SuggestionHits / (double)SuggestionCases;

    public (int Count, int Detected, int RightItem) Family(string family)
    {
        var labelled = Labelled.Where(x => NoticeOutcome.FamilyOf(x.Label) == family).ToList();
        return (labelled.Count, labelled.Count(x => x.Outcome.Detected(x.Label)), labelled.Count(x => x.Outcome.CitesLabelledItem(x.Label)));
    }
}
