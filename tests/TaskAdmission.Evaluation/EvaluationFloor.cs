namespace TaskAdmission.Evaluation;

/// <summary>
/// The agreed floor (issue 11), kept on the parts of the corpus the lexicon has been corrected against
/// (<see cref="Sets"/>): a regression below any of these fails the test. The goals are recall ≥ 98 %, false blocks ≤ 1 %,
/// top-3 ≥ 95 %; since phase 5 (rt5 used for corrections) the floor is the figures reached then (1036 of 1041 labels,
/// 0 of 612 clean notices blocked, 506 of 513 suggestions, 600 of 610 labelled items cited), rounded down. A held-out
/// part is reported beside it and joins these sets once it has been used to correct the lexicon (then a new held-out
/// part should be written).
/// </summary>
public static class EvaluationFloor
{
    public const double Recall = 0.995;
    public const double FalseBlockRate = 0.0;
    public const double SuggestionRecall = 0.986;

    /// <summary>Of the prohibited item and certificate labels, the share whose own item is cited (not only a generic one).</summary>
    public const double CitationRate = 0.983;

    public static IReadOnlyList<string> Sets { get; } =
        [
            NoticeCorpus.Dev, NoticeCorpus.HeldOut1, NoticeCorpus.HeldOut2, NoticeCorpus.HeldOut3, NoticeCorpus.RedTeam1, NoticeCorpus.Dev2,
            NoticeCorpus.RedTeam2, NoticeCorpus.RedTeam3, NoticeCorpus.RedTeam4, NoticeCorpus.Dev3, NoticeCorpus.RedTeam5,
        ];

    public static bool IsMet(EvaluationFigures figures) =>
        figures.Recall >= Recall && figures.FalseBlockRate <= FalseBlockRate && figures.SuggestionRecall >= SuggestionRecall
        && figures.CitationRate >= CitationRate;
}
