namespace TaskAdmission.Evaluation;

/// <summary>
/// The agreed floor (issue 11), kept on the parts of the corpus the lexicon has been corrected against
/// (<see cref="Sets"/>): a regression below any of these fails the test. The goals are recall ≥ 98 %, false blocks ≤ 1 %,
/// top-3 ≥ 95 %; since phase 5b (rt6 used for corrections by general rules) the floor is the figures reached then on
/// every part up to rt6 (1208 of 1215 labels, 0 of 718 clean notices blocked, 592 of 599 suggestions, 98.3 % of the
/// labelled items cited), rounded down. A held-out
/// part is reported beside it and joins these sets once it has been used to correct the lexicon (then a new held-out
/// part should be written).
/// </summary>
public static class EvaluationFloor
{
    public const double Recall = 0.994;
    public const double FalseBlockRate = 0.0;
    public const double SuggestionRecall = 0.988;

    /// <summary>Of the prohibited item and certificate labels, the share whose own item is cited (not only a generic one).</summary>
    public const double CitationRate = 0.983;

    public static IReadOnlyList<string> Sets { get; } =
        [
            NoticeCorpus.Dev, NoticeCorpus.HeldOut1, NoticeCorpus.HeldOut2, NoticeCorpus.HeldOut3, NoticeCorpus.RedTeam1, NoticeCorpus.Dev2,
            NoticeCorpus.RedTeam2, NoticeCorpus.RedTeam3, NoticeCorpus.RedTeam4, NoticeCorpus.Dev3, NoticeCorpus.RedTeam5,
            NoticeCorpus.RedTeam6,
        ];

    public static bool IsMet(EvaluationFigures figures) =>
        figures.Recall >= Recall && figures.FalseBlockRate <= FalseBlockRate && figures.SuggestionRecall >= SuggestionRecall
        && figures.CitationRate >= CitationRate;
}
