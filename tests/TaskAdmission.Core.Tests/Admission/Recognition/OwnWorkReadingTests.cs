using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 6b: a notice naming its issuing body and never naming the village (other than to exempt it) is the
/// issuer's account of its own work; a notice addressed to the village, or naming no issuer, keeps the default that
/// what no one else is given falls on the village.
/// </summary>
public sealed class OwnWorkReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-09", TitleZh = "出生证明", Recognisers = "出生 ~8 (证明|说明)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;评比" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct()];

    [Theory]
    [InlineData("关于公布全县中小学生运动会成绩的通知", "县教委公布第十届中小学生运动会团体总分排名，前三名学校颁发奖杯。")]
    [InlineData("关于开展红领巾示范岗评比的通知", "县教委、团县委在全县小学少先队中开展评比，评比对象为各校少先队中队。")]
    [InlineData("关于出生医学证明补办的说明", "出生医学证明的补发现说明如下。非住院分娩的，经指定机构鉴定后办理，无需村（社区）出具任何证明。\n（县卫生健康委）")]
    [InlineData("关于开展企业问卷调查的通知", "调查结果按企业得分排名。本次调查不对任何镇街、村（社区）布置任务。\n（县发展改革委）")]
    public void AnIssuerReportingItsOwnWork_WithoutNamingTheVillage_PutsNothingOnIt(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    [InlineData("关于开展年度工作评比的通知", "各村（社区）：\n年底开展工作评比，结果进行排名。\n（县农业农村局）", "AS-1")]
    [InlineData("关于开展年度工作评比的通知", "年底开展工作评比，结果进行排名。", "AS-1")]
    [InlineData("关于补办证明的通知", "县卫生健康委通知：办理补贴的，村委会要为群众出具出生证明。", "BZ-09")]
    public void ANoticeAddressedToTheVillage_OrNamingNoIssuer_StillFires(string title, string description, string code)
    {
        Assert.Equal([code], Fired(title, description));
    }
}
