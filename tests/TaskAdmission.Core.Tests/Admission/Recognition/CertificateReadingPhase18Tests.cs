using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 18 (items and certificates; developed on rt8–rt34): classes of cause behind false blocks from banned
/// certificates and prohibited items, each stated as a county approver would say it and tested on sentences written for
/// these tests, with sentences beside them that must still fire — including a department wording a banned demand to look
/// like the clean notice.
/// </summary>
public sealed class CertificateReadingPhase18Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具|出证) ~24 (证明|说明|证明材料|情况说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-01", TitleZh = "亲属关系证明", Recognisers = "亲属关系;{亲属} ~4 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-02", TitleZh = "居民身份信息证明", Recognisers = "身份证明 !成员身份 !集体经济组织;同一人" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-15", TitleZh = "就业失业状况证明", Recognisers = "务工 ~16 (证明|说明) !务工人员" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-18", TitleZh = "继承权证明", Recognisers = "(遗产|继承) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-17", TitleZh = "家庭财产证明", Recognisers = "(财产|资产|房产|存款) ~12 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-01", TitleZh = "居（租）住证明", Recognisers = "(居住|租住|实际居住) ~8 (证明|说明|情况)" },
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-05", TitleZh = "宅基地和房屋权属来源说明", Recognisers = "权属来源" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法", Recognisers = "{执法} ~10 {违建}" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SY-2", TitleZh = "执法", Category = LexiconFamilies.Synonyms, Recognisers = "执法;查处;拆除;强制拆除" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SY-3", TitleZh = "违建", Category = LexiconFamilies.Synonyms, Recognisers = "违建;违法建设;违法搭建" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SY-1", TitleZh = "亲属", Category = LexiconFamilies.Synonyms, Recognisers = "亲属;亲戚;家庭成员" },
    ]);

    private static IReadOnlyList<string> Fired(string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", "关于办理有关事项的通知"), ("description", description)]).Hits
            .Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "The papers an applicant hands in — his identity papers, his title deed — are his own. A list of materials
    // (需提交：身份证明、户口簿…) asks the village for nothing by naming them; an issuing verb that qualifies another paper of the
    // list (村委会出具的权属来源说明) issues that paper, not the ones before it; and the papers one brings to get a certificate
    // (到社区申请出具居住证明，需提供房产证明) are not issued by the body that issues the certificate."
    [Theory]
    [InlineData("申请首次登记，需提交：身份证明、户口簿、宅基地批准文件或村委会出具的宅基地和房屋权属来源说明。")]
    [InlineData("办理变更的，需提交变更申请、身份证明，以及发包方（村集体经济组织）出具的承包经营权变更情况证明。")]
    [InlineData("办理备案需提交：1. 流转合同；2. 双方身份证明；3. 承包经营权证复印件。")]
    [InlineData("可到现居住地社区居委会申请出具居住证明，需提供房屋租赁合同或房产证明、身份证件，社区核实后当场出具。")]
    public void PapersTheApplicantHandsIn_AreHisOwn(string description)
    {
        Assert.DoesNotContain(Fired(description), c => c is "BZ-02" or "BZ-17");
    }

    [Theory]
    // The village is made to issue the identity paper: before it, after it, asked in its own clause.
    [InlineData("申请首次登记，需提交村委会出具的身份证明、户口簿。", "BZ-02")]
    [InlineData("申请首次登记，需提交身份证明，由村委会开具。", "BZ-02")]
    [InlineData("申请首次登记，需提交身份证明（村委会出具）。", "BZ-02")]
    [InlineData("请各村为外出务工村民开具身份证明。", "BZ-02")]
    // Dressed as a list of materials (evasion): a supporting paper the village is made to issue in the list itself.
    [InlineData("到社区申请出具居住证明，需提供社区出具的房产证明。", "BZ-17")]
    // A supporting paper the village issues, after a paper another body issues (the demand to issue opens the match).
    [InlineData("申请理赔时，除兽医出具的死因鉴定外，还需提供所在村委会出具的母猪因病死亡情况证明。", "BZ-00")]
    // A banned paper that is not one a person holds keeps its reading in a list of materials.
    [InlineData("办理遗属待遇需提交：死亡医学证明、亲属关系证明。", "BZ-01")]
    [InlineData("需提交：户口簿、村委会出具的家庭财产证明。", "BZ-17")]
    public void APaperTheVillageIsMadeToIssue_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired(description));
    }

    // "A certificate named in a demand to issue papers is that demand's paper: when the demand is forbidden (严禁要求…出具的
    // A、B、C等证明) or another body issues it (务工地单位开具的用工证明), so is the paper, however long the list before it."
    [Theory]
    [InlineData("办理公证和法律援助时，严禁要求当事人提交村（居）委会出具的亲属关系、婚姻状况、继承人情况等证明。")]
    [InlineData("申报人无需村里出具证明，只需提供务工地单位开具的用工证明或工资流水。")]
    public void APaperInADemandThatIsForbiddenOrIssuedElsewhere_SharesItsReading(string description)
    {
        Assert.DoesNotContain(Fired(description), c => c is "BZ-18" or "BZ-15" or "BZ-01");
    }

    [Theory]
    // The demand is the village's: the named paper fires (a list after a forbidden demand does not carry the negation on).
    [InlineData("严禁要求群众跑腿，请村（居）委会出具亲属关系、婚姻状况、继承人情况等证明。", "BZ-18")]
    [InlineData("申报人无需另找单位，由村委会开具务工情况证明。", "BZ-15")]
    [InlineData("各村要为外出人员开具务工证明。", "BZ-15")]
    public void APaperInTheVillagesDemand_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired(description));
    }

    // "A word of the phrase that stands inside a body's name (执法 in 镇综合行政执法队) is that body, not an act: reporting a
    // new illegal building to the enforcement team is not enforcing."
    [Theory]
    [InlineData("各村（社区）在日常走访中发现疑似违法建设的，及时向镇综合行政执法队报告，不承担认定和查处职责。")]
    [InlineData("各村：\n违法搭建由镇综合行政执法队依法认定并组织拆除。请各村做好宣传，发现新的违建及时报告镇综合行政执法队。")]
    public void AWordInsideABodysName_IsNoAct(string description)
    {
        Assert.DoesNotContain("FM-04", Fired(description));
    }

    [Theory]
    // The village enforces, with the team's name in the same clause (evasion: name the team to hide the act).
    [InlineData("各村：\n发现新的违建由各村组织拆除，拆除结果报镇综合行政执法队。")]
    [InlineData("各村：\n请各村对违建开展执法，镇综合行政执法队指导。")]
    public void AnActBesideTheBodysName_StillFires(string description)
    {
        Assert.Contains("FM-04", Fired(description));
    }
}
