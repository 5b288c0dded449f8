using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 6b: a demand the notice stops or undoes (此前…的规定, 一律停止执行; 已签订的责任书作废) is withdrawn,
/// not made; a title ending in 说明 names an explanation, not a certificate the village writes.
/// </summary>
public sealed class WithdrawnDemandReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-20", TitleZh = "遗失证明", Recognisers = "遗失 ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-18", TitleZh = "继承证明", Recognisers = "继承 ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "代收税费", Recognisers = "代收 ~12 费用" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-03", TitleZh = "征地拆迁", Recognisers = "拆除 ~10 签订" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct()];

    [Theory]
    [InlineData("关于证件办理的通知", "此前要求村（社区）出具证件遗失证明的规定，一律停止执行。")]
    [InlineData("关于清理责任书的通知", "各村（社区）：\n已签订的责任书作废。")]
    [InlineData("关于继承公证办理的说明", "继承公证由公证机构办理，咨询电话（略）。")]
    [InlineData("关于遗失补办的说明（征求意见稿）", "证件补办由发证机关办理。")]
    public void AStoppedDemand_OrAnExplanationsTitle_FiresNothing(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    [InlineData("关于证件办理的通知", "各村（社区）要为群众出具证件遗失证明，并报镇政务服务中心备案。", "BZ-20")]
    [InlineData("关于签订责任书的通知", "各村（社区）：\n年底前签订安全生产责任书。", "PV-1")]
    [InlineData("关于请村委会出具继承证明的说明", "", "BZ-18")]
    public void ADemandNotUndone_OrATitleMakingTheVillageWrite_StillFires(string title, string description, string code)
    {
        Assert.Equal([code], Fired(title, description));
    }

    [Fact]
    public void AHandDownWordUsedAsANoun_HandsNothingDown()
    {
        Assert.Empty(Fired("征收补偿安排", "房屋拆除和协议签订由镇征收工作组负责，村委会召开村民代表会议，讨论本村补偿费的分配方案。"));
        Assert.Equal(["FM-03"], Fired("征收补偿安排", "房屋拆除和协议签订由镇征收工作组负责，任务分解到各村。"));
    }

    [Fact]
    public void SomeVillagesFoundStillDoingIt_IsAReportedPractice_NotADemand()
    {
        Assert.Empty(Fired("关于纠正代收问题的通报", "近期发现个别村仍在代收农用车辆相关费用。今后相关费用由税务部门自行征收。"));
        Assert.Equal(["FM-02"], Fired("关于代收费用的通知", "部分村要代收农用车辆相关费用。"));
    }
}
