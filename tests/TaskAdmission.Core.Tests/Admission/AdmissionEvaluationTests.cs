using TaskAdmission.Evaluation;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// The agreed floor on the evaluation corpus (tests/TaskAdmission.Evaluation/Corpus): recall of prohibited work, false
/// blocks on clean notices, top-3 suggestion recall and the share of prohibited item and certificate labels whose own item
/// is cited (not only a general item such as law enforcement) at least as good as <see cref="EvaluationFloor"/> keeps them
/// (the goals are ≥ 98 %, ≤ 1 %, ≥ 95 %; the floor is what phase 5b reached), on the parts the lexicon was corrected against
/// (<see cref="EvaluationFloor.Sets"/>; a held-out part is reported by the harness, not held to the floor). A
/// change to the recognisers, the lexicon or the clause analysis that falls below it fails here, with every confusion.
/// </summary>
public sealed class AdmissionEvaluationTests
{
    [Fact]
    public async Task Corpus_KeepsTheAgreedFloor()
    {
        var report = await AdmissionEvaluation.RunAsync();
        var figures = report.Figures(EvaluationFloor.Sets);
        using var printed = new StringWriter();
        report.Print(printed);

        Assert.True(figures.Recall >= EvaluationFloor.Recall, $"recall {figures.Recall:P1}\n{printed}");
        Assert.True(figures.FalseBlockRate <= EvaluationFloor.FalseBlockRate, $"false blocks {figures.FalseBlockRate:P1}\n{printed}");
        Assert.True(figures.SuggestionRecall >= EvaluationFloor.SuggestionRecall, $"top-3 {figures.SuggestionRecall:P1}\n{printed}");
        Assert.True(figures.CitationRate >= EvaluationFloor.CitationRate, $"right item cited {figures.CitationRate:P1}\n{printed}");
    }

    [Fact]
    public void Corpus_HasThreeHundredNoticesAcrossEveryFamilyAndWay_OfWriting()
    {
        var notices = NoticeCorpus.Load();
        var families = notices.SelectMany(n => n.Labels).Where(l => l != "clean").Select(NoticeOutcome.FamilyOf).ToHashSet();
        var tags = notices.SelectMany(n => n.Tags).ToHashSet();

        Assert.True(notices.Count >= 300, $"{notices.Count} notices");
        Assert.Equal(notices.Count, notices.Select(n => n.Id).Distinct().Count());
        Assert.Equal(EvaluationReport.Families.Order(), families.Order());
        Assert.Superset(new HashSet<string> { "paraphrase", "buried", "far", "negated", "attributed", "innocent", "named-by-proof", "mixed" }, tags);
        Assert.All(NoticeCorpus.Sets, set => Assert.Contains(notices, n => n.Set == set));
        // The first parts' clean notices all name the item an approver expects; the later parts do where one fits.
        Assert.All(notices.Where(n => n.IsClean && !NoticeCorpus.SuggestWhereItFits.Contains(n.Set)), n => Assert.False(string.IsNullOrEmpty(n.Suggest), n.Id));
    }
}
