using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// `admission-eval`: the pre-check over the labelled notice corpus (tests/TaskAdmission.Evaluation/Corpus): per family
/// recall of prohibited work, false blocks and flags on clean notices, top-3 suggestion recall, every confusion, for each
/// part of the corpus apart (the held-out parts are measured, never tuned against). Exit code 1 when the agreed floor
/// (<see cref="EvaluationFloor"/>) is not met. `admission-eval --explain ID…` prints every match of those notices,
/// firing or not, with its reason (what the list administrator's "try it" view shows).
/// </summary>
public sealed class AdmissionEvalHarness : IHarness
{
    public string Name => "admission-eval";

    public string Description => "admission pre-check over the labelled notice corpus (--explain ID… for one notice's matches; --try TITLE TEXT for a text of one's own)";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "--explain")
        {
            await ExplainAsync(args[1..]);
            return 0;
        }
        if (args is ["--try", var title, var text])
        {
            // A sentence of one's own, not in the corpus (a reviewer's probe): its matches, as --explain prints them.
            Explain((await EvaluationLists.LoadAsync()).City.Items, title, text.Replace("\\n", "\n", StringComparison.Ordinal));
            return 0;
        }
        var report = await AdmissionEvaluation.RunAsync();
        report.Print(Console.Out);
        var met = EvaluationFloor.IsMet(report.Figures(EvaluationFloor.Sets));
        Console.WriteLine(met ? "floor met" : "FLOOR NOT MET");
        return met ? 0 : 1;
    }

    private static async Task ExplainAsync(IEnumerable<string> ids)
    {
        var lists = await EvaluationLists.LoadAsync();
        var notices = NoticeCorpus.Load().ToDictionary(n => n.Id);
        foreach (var id in ids)
        {
            var notice = notices[id];
            Console.WriteLine($"{notice.Id} [{string.Join(", ", notice.Labels)}] {notice.Title}: {notice.Text}");
            Explain(lists.City.Items, notice.Title, notice.Text);
        }
    }

    private static void Explain(IEnumerable<TaskAdmission.Core.Lists.ListItem> items, string title, string text)
    {
        foreach (var hit in RecognitionTrial.Try(items, title, text).Hits)
        {
            Console.WriteLine($"  {(hit.Verdict.Fires ? "FIRES" : "quiet"),-5} {hit.Entry.Code,-10} {hit.Field,-11} “{hit.MatchedText}” ← {hit.Phrase} ({hit.Verdict.Explain(AppLanguage.ZhCn)})");
        }
    }
}
