using TaskAdmission.Evaluation;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `admission-eval`: the pre-check over the labelled notice corpus (tests/TaskAdmission.Evaluation/Corpus): per family
/// recall of prohibited work, false blocks and flags on clean notices, top-3 suggestion recall, every confusion, for each
/// part of the corpus apart (the held-out parts are measured, never tuned against). Exit code 1 when the agreed floor
/// (<see cref="EvaluationFloor"/>) is not met.
/// </summary>
public sealed class AdmissionEvalHarness : IHarness
{
    public string Name => "admission-eval";

    public string Description => "admission pre-check over the labelled notice corpus";

    public async Task<int> RunAsync(string[] args)
    {
        var report = await AdmissionEvaluation.RunAsync();
        report.Print(Console.Out);
        var met = EvaluationFloor.IsMet(report.Figures(EvaluationFloor.Sets));
        Console.WriteLine(met ? "floor met" : "FLOOR NOT MET");
        return met ? 0 : 1;
    }
}
