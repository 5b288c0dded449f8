using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 12 (developed on rt20 and rt21; structural causes that hold for any author). Each rule is stated as a
/// county approver would say it and tested on sentences written for these tests, 村 and 社区, long and short, with
/// sentences beside them that must still fire.
/// </summary>
public sealed class DocumentReadingPhase12Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "代收代缴", Recognisers = "上缴 ~10 (税|费)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-09", TitleZh = "民意汇总", Recognisers = "民意 ~10 (汇总|上报)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-10", TitleZh = "公示张贴", Recognisers = "公开栏 ~10 (张贴|公布)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1 (all parts; 线上|缴费 in rt19, 村民|意见 in nine parts): "A phrase is read only where the sentence says its
    // words: characters that take the end of one word and the start of the next are not the phrase."
    [Theory]
    [InlineData("便民服务", "请各村协助老人在手机上完成线上缴费，教会他们查询账单。")]
    [InlineData("社区帮办", "社区干部可以帮行动不便的居民线上缴纳水费、电费。")]
    [InlineData("意见征集", "各村汇总村民意见，月底前交镇党政办。")]
    [InlineData("居民议事", "社区将居民意见汇总后在议事会上讨论。")]
    public void CharactersAcrossTwoWords_AreNotThePhrase(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于代收费用的通知", "各村负责将收取的卫生费按月上缴镇财政所。", "FM-02")]
    [InlineData("收费安排", "社区要把代收的停车费统一上缴街道。", "FM-02")]
    [InlineData("民情收集", "各村要把走访收集的民意汇总报镇里。", "FM-09")]
    [InlineData("社情民意", "请各社区每周把民意上报街道。", "FM-09")]
    [InlineData("公示要求", "各村在村务公开栏张贴低保名单。", "FM-10")]
    public void ThePhraseSaidInItsWords_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Step 0: the reading's word lists are cue data, read through the cue loader like every other cue.
    [Fact]
    public void TheReadingsWordLists_AreReadFromTheCueFile()
    {
        var cues = RecognitionCues.Instance;
        Assert.Contains("村务公开栏", cues.List("document_scope.own_boards"));
        Assert.Contains("镇里", cues.List("document_scope.higher_levels"));
        Assert.Contains('镇', cues.Chars("clause_reader.organisation_chars"));
        Assert.Throws<InvalidOperationException>(() => cues.List("no_such_list"));
    }
}
