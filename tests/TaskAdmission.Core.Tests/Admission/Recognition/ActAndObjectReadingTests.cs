using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The reading rules of issue 11's fifth phase (from the rt5 notices, by class of cause): a condition (…的,) names whom it
/// is about, not the actor; every body listed in an object phrase (对…的) is acted upon; "X 开具的 Y" names Y's issuer; a
/// demand another body is reproached for (擅自要求) is reported, not made; an instrument served (下达《…通知书》) is read,
/// a document cited is not; a quota split among villages listed after 分解如下 is handed down; a team named after the
/// village is the village's own.
/// </summary>
public sealed class ActAndObjectReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资任务", Recognisers = "到位资金" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税和代征税费", Recognisers = "协助 ~20 税务所 ~20 追缴;税款 ~8 催缴" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法和违法建设查处", Recognisers = "暂扣;下达 ~6 停止违法行为" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-11", TitleZh = "死亡证明", Recognisers = "死亡证明" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "考核;排名" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string description) =>
        TextAnalyser.Analyse(Lexicon, [("description", description)]).Hits;

    private static RecognitionHit Hit(string description, string code) => Assert.Single(Hits(description), h => h.Entry.Code == code);

    [Fact]
    public void PrivatePersonsInACondition_DoNotTakeTheActFromTheVillage()
    {
        var hit = Hit("请各村(居)委会建立报告制度,发现村民之间买卖房屋的,及时告知买方,并协助税务所核定价格、追缴税款。", "FM-02");

        Assert.True(hit.Verdict.Fires);
        Assert.Equal(VerdictReason.VillageActs, hit.Verdict.Reason);
    }

    [Fact]
    public void EveryBodyListedAfterDui_IsActedUpon_NotTheActor()
    {
        var hit = Hit("各村(社区)负责零散税源的日常巡查,对临时摊点、建筑队、农家乐等经营户的应纳税款进行催缴。", "FM-02");

        Assert.True(hit.Verdict.Fires);
        Assert.Equal(VerdictReason.VillageActs, hit.Verdict.Reason);
        Assert.StartsWith("各村", hit.Verdict.Cue);
    }

    [Theory]
    [InlineData("家属须持村(社区)开具的死亡证明到区殡仪馆办理。", true)]
    [InlineData("家属须持医院开具的死亡证明到区殡仪馆办理。", false)]
    public void TheBodyBeforeKaijuDe_IssuesTheCertificate(string description, bool fires)
    {
        var hit = Hit(description, "BZ-11");

        Assert.Equal(fires, hit.Verdict.Fires);
        Assert.Equal(fires ? VerdictReason.VillageActs : VerdictReason.OtherActor, hit.Verdict.Reason);
    }

    [Fact]
    public void ADemandAnotherBodyIsReproachedFor_IsReported_NotMade()
    {
        var reproached = Hit("区应急管理局:你局擅自要求各村(社区)签订责任书,不符合减负有关规定,立即停止该做法。", "PV-1");
        var made = Hit("请各村(社区)签订责任书,4月10日前报镇安监办。", "PV-1");

        Assert.False(reproached.Verdict.Fires);
        Assert.Equal(VerdictReason.Negated, reproached.Verdict.Reason);
        Assert.Equal("擅自要求", reproached.Verdict.Cue);
        Assert.True(made.Verdict.Fires);
    }

    [Fact]
    public void AnInstrumentServed_IsRead_ADocumentCited_IsNot()
    {
        Assert.True(Hit("发现违建的,由网格员当场下达《责令停止违法行为通知书》。", "FM-04").Verdict.Fires);
        Assert.DoesNotContain(Hits("各村按照《关于规范村级考核排名的意见》做好村务公开。"), h => h.Entry.Code == "AS-1");
    }

    [Fact]
    public void AQuotaSplitAmongVillagesListedAfterFenjieRuxia_IsHandedDown()
    {
        var hit = Hit("街道全年招商引资到位资金15亿元,分解如下:东街社区2亿元、南门社区1.5亿元,其余由经济发展办承担。", "FM-01");

        Assert.True(hit.Verdict.Fires);
        Assert.Equal(VerdictReason.HandedToVillage, hit.Verdict.Reason);
    }

    [Theory]
    [InlineData("整治期间,各村治安巡逻队在村口设卡,一律拦截并暂扣车辆。", true)]
    [InlineData("整治期间,驻村工作队在村口设卡,一律拦截并暂扣车辆。", false)]
    public void ATeamNamedAfterTheVillage_IsTheVillage_ATeamSentToIt_IsNot(string description, bool fires)
    {
        var hit = Hit(description, "FM-04");

        Assert.Equal(fires, hit.Verdict.Fires);
        Assert.Equal(fires ? VerdictReason.VillageActs : VerdictReason.OtherActor, hit.Verdict.Reason);
    }
}
