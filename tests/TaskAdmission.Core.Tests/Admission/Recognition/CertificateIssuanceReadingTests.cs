using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The reading rules of issue 11's phase 5b (from the rt6 notices, by class of cause). A certificate is issued by whoever
/// the sentence says issues it (the body before 出具/开具), whoever asked for it; private persons never issue one. A
/// demand to issue some certificate is cited as the listed certificate whose fact words the sentence names (an allowed
/// one first), else as the list's "other certificates" item. Private persons checking in for themselves, a practice found
/// in departments (存在要求) and signboards ordered taken down (一律摘除) put nothing on the village; a body acting
/// together with the village (会同村两委) puts the act on the village too.
/// </summary>
public sealed class CertificateIssuanceReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具|出证) ~20 (证明|证实|说明|证明材料|情况说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-02", TitleZh = "居民身份信息证明", Recognisers = "同一人" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-07", TitleZh = "人员失踪证明", Recognisers = "(下落不明|离家出走) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-08", TitleZh = "婚姻状况证明", Recognisers = "(单身|未婚|无配偶) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-10", TitleZh = "健在证明", Recognisers = "(在世|健在) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-13", TitleZh = "残疾状况证明", Recognisers = "残疾 ~8 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-01", TitleZh = "居（租）住证明", Recognisers = "(居住|租住|实际居住) ~8 (证明|说明|情况)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资任务", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡接龙", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡 !打卡点;接龙" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "牌子", Category = LexiconFamilies.Signboard, Recognisers = "牌子" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string description) =>
        TextAnalyser.Analyse(Lexicon, [("description", description)]).Hits;

    private static IReadOnlyList<string> Fired(string description) =>
        [.. Hits(description).Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct()];

    [Theory]
    [InlineData("因姓名有误无法支取存款的村民，银行要求提供证实张桂兰与张贵兰系同一人的材料，请各村为其出具并加盖公章。", "BZ-02")]
    [InlineData("派出所需要村委会出具证明其系同一人的意见并盖章。", "BZ-02")]
    [InlineData("请各村出具该人员已下落不明多年、家人无法取得联系的证明材料，作为户籍清理的依据。", "BZ-07")]
    [InlineData("申领燃油补贴的，需村委会出具证明，证实申请人双下肢残疾、行走不便。", "BZ-13")]
    [InlineData("由村干部每半年上门核实，拍摄本人手持当日报纸的照片，并出具其仍然在世的证明材料。", "BZ-10")]
    [InlineData("部分国家使馆要求提供本人目前无配偶的证明，请当事人户籍所在村委会根据掌握的情况出具。", "BZ-08")]
    [InlineData("合作社登记时，由村委会出具该房屋可用于经营的证明。", "BZ-00")]
    [InlineData("派出所根据村委会出具的证明，为其办理失踪人员户口注销，证实其下落不明已满四年。", "BZ-07")]
    public void ACertificateTheVillageIsToldToIssue_IsCitedByTheFactItProves(string description, string code)
    {
        Assert.Equal([code], Fired(description));
    }

    [Fact]
    public void AnAllowedCertificateNamedByItsFact_WinsOverTheCatchAll()
    {
        var hits = Hits("请村委会为其出具在本村实际居住情况的证明。");

        Assert.Equal(["ZM-01"], hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct());
        Assert.Contains(hits, h => h.Entry.Code == "BZ-00" && h.Verdict.Reason == VerdictReason.NamedCertificate);
    }

    [Theory]
    [InlineData("申请人持派出所出具的证明到村委会登记。")]
    [InlineData("由医院为其出具残疾情况的证明。")]
    [InlineData("村（社区）不再出具清单以外的证明，请群众到相关部门办理。")]
    [InlineData("各村不得为其出具下落不明的证明。")]
    [InlineData("各村要配合派出所出具同一人的证明。")]
    [InlineData("办理时须提交身份证复印件和出具的证明。")]
    public void ACertificateAnotherBodyIssues_OrTheVillageIsToldNotToIssue_DoesNotFire(string description)
    {
        Assert.Empty(Fired(description));
    }

    [Theory]
    [InlineData("区文旅部门在桃源村设置网红打卡点，游客打卡拍照可参与抽奖。", false)]
    [InlineData("各村干部每日在工作群内打卡。", true)]
    [InlineData("经排查，部分部门存在要求村干部在工作群内接龙等问题。", false)]
    [InlineData("请各村干部在工作群内接龙。", true)]
    [InlineData("县直部门要求在村悬挂的其他牌子一律摘除。", false)]
    [InlineData("各村要在村部悬挂服务站牌子。", true)]
    public void TouristsCheckingIn_APracticeFound_AndBoardsTakenDown_PutNothingOnTheVillage(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Count > 0);
    }

    [Theory]
    [InlineData("各驻村工作队要会同村两委把招商引资作为一把手工程，每季度外出考察一次。", true)]
    [InlineData("各驻村工作队要把招商引资作为一把手工程，每季度外出考察一次。", false)]
    [InlineData("县招商局会同县发改委开展招商引资推介，各村做好环境卫生。", false)]
    public void ABodyActingTogetherWithTheVillage_PutsTheActOnTheVillageToo(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("FM-01"));
    }
}
