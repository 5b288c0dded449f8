using System.Diagnostics;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Evaluation;

/// <summary>Runs the pre-check over the corpus and gathers the outcomes (and how long each check took).</summary>
public static class AdmissionEvaluation
{
    public static async Task<EvaluationReport> RunAsync(IReadOnlyList<Notice>? notices = null)
    {
        var lists = await EvaluationLists.LoadAsync();
        notices ??= NoticeCorpus.Load();
        var context = lists.Context();
        Prechecker.Check(EvaluationLists.Request(notices[0]), context, AppLanguage.ZhCn); // loads jieba and compiles the lexicon outside the timings
        var outcomes = new List<NoticeOutcome>(notices.Count);
        var timings = new List<double>(notices.Count);
        var allocated = new List<long>(notices.Count);
        foreach (var notice in notices)
        {
            var request = EvaluationLists.Request(notice);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var result = Prechecker.Check(request, context, AppLanguage.ZhCn);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - bytes);
            outcomes.Add(new NoticeOutcome(notice, result));
        }
        return new EvaluationReport(outcomes, timings) { AllocatedBytes = allocated };
    }
}
