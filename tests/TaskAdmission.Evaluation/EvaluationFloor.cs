namespace TaskAdmission.Evaluation;

/// <summary>The agreed floor on the whole corpus (issue 11): a regression below any of these fails the test.</summary>
public static class EvaluationFloor
{
    public const double Recall = 0.98;
    public const double FalseBlockRate = 0.01;
    public const double SuggestionRecall = 0.95;
}
