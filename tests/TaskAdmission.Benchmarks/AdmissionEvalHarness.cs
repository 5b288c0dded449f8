using TaskAdmission.Evaluation;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `admission-eval`: the pre-check over the labelled notice corpus (tests/TaskAdmission.Evaluation/Corpus): per family
/// recall of prohibited work, false blocks and flags on clean notices, top-3 suggestion recall, every confusion, for the
/// development and the held-out notices apart. Exit code 1 when the agreed floor is not met.
/// </summary>
public sealed class AdmissionEvalHarness : IHarness
{
    public string Name => "admission-eval";

    public string Description => "admission pre-check over the labelled notice corpus";

    public async Task<int> RunAsync(string[] args)
    {
        var report = await AdmissionEvaluation.RunAsync();
        report.Print(Console.Out);
        var all = report.Figures();
        var met = all.Recall >= EvaluationFloor.Recall && all.FalseBlockRate <= EvaluationFloor.FalseBlockRate && all.SuggestionRecall >= EvaluationFloor.SuggestionRecall;
        Console.WriteLine(met ? "floor met" : "FLOOR NOT MET");
        return met ? 0 : 1;
    }
}
