using System.Text.Json;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// The workflow's AdmissionPrecheck keeps the check in both languages; the English one reuses the Chinese check's reading
/// of the text. A reviewer reading either must see exactly what a check of its own would have said.
/// </summary>
public sealed class PrecheckAnalysisReuseTests
{
    [Fact]
    public async Task Check_InTheOtherLanguage_ReusingTheReading_SaysExactlyWhatAFreshCheckSays()
    {
        var lists = await EvaluationLists.LoadAsync();
        // Clean and prohibited notices alike (evidence, reasons, suggestions), a spread over every part of the corpus.
        var notices = NoticeCorpus.Load().Where((_, i) => i % 7 == 0).ToList();
        var blocked = 0;
        foreach (var notice in notices)
        {
            var request = EvaluationLists.Request(notice);
            var context = lists.Context();
            var zh = Prechecker.Check(request, context, AppLanguage.ZhCn, out var analysis);

            var reused = Prechecker.Check(request, context, AppLanguage.En, analysis);

            Assert.Equal(Json(Prechecker.Check(request, context, AppLanguage.En)), Json(reused));
            Assert.Equal(Json(Prechecker.Check(request, context, AppLanguage.ZhCn)), Json(zh));
            blocked += zh.Outcome == PrecheckOutcome.Rejected ? 1 : 0;
        }
        Assert.InRange(blocked, 1, notices.Count - 1);
    }

    [Fact]
    public async Task Check_WithTheReadingOfAnotherRequest_ReadsItsOwnText()
    {
        var lists = await EvaluationLists.LoadAsync();
        var context = lists.Context();
        var prohibited = NoticeCorpus.Load().First(n => !n.IsClean);
        var clean = NoticeCorpus.Load().First(n => n.IsClean);
        Prechecker.Check(EvaluationLists.Request(prohibited), context, AppLanguage.ZhCn, out var readingOfProhibited);
        var request = EvaluationLists.Request(clean);

        var result = Prechecker.Check(request, context, AppLanguage.En, readingOfProhibited);

        Assert.Equal(Json(Prechecker.Check(request, context, AppLanguage.En)), Json(result));
    }

    private static string Json(PrecheckResult result) => JsonSerializer.Serialize(result);
}
