using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 18 (rule families): false blocks whose blocking finding is a rule family, sorted by class of cause
/// over rt8–rt34. Each class is stated as a county approver would say it and tested on sentences written for these tests,
/// with sentences beside them that must still fire — including a township or department wording banned work to look like
/// the clean paper.
/// </summary>
public sealed class DocumentReadingPhase18FamilyTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "考核;排名;打分;测评" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;(拍照|照片) ~4 (发群|上传)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "The villages who rate another body are not the ones rated, and a ranking that names the bodies it ranks ranks them:
    // 各村对镇直站所打分, 按站所排名, 排名靠后的站所."
    [Theory]
    [InlineData("关于开展站所服务评议的通知", "各村：\n请各村召开村两委会议，对镇农业服务中心、文化站、林业站等站所的服务态度打分。")]
    [InlineData("关于开展站所服务评议的通知", "各村：\n评议结果按站所排名公布。")]
    [InlineData("关于开展站所服务评议的通知", "各村：\n排名后两位的站所负责人向镇党委作说明。")]
    [InlineData("区直部门服务满意度测评结果", "说明：测评由各村（社区）对区直部门打分。")]
    [InlineData("龙潭乡乡直站所服务满意度排名通报", "根据各村的评价，本季度服务满意度排名：农业服务中心第一。")]
    public void TheVillagesRatingAnotherBody_OrARankingOfNamedBodies_RankNoVillage(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    [Theory]
    // The villages themselves ranked, after 按 or 的, or as the object of 对.
    [InlineData("关于开展工作评议的通知", "各村：\n评议结果按村排名公布。")]
    [InlineData("关于开展工作评议的通知", "各村：\n排名后两位的村党组织书记向镇党委作说明。")]
    [InlineData("关于开展工作评议的通知", "各村：\n镇直站所对各村的服务态度打分。")]
    // Evasion: 对 opening the township's act the villages are told to heed; a ranking whose ranked are left unnamed.
    [InlineData("关于年度考核的通知", "各村：\n各村对镇里安排的考核要高度重视。")]
    [InlineData("关于开展工作评议的通知", "各村：\n每月排名，排名后三位的由镇里约谈。")]
    [InlineData("关于开展工作评议的通知", "各村：\n每月排名，排名末位的扣所在村工作经费2000元。")]
    // Evasion: the villages and the stations ranked together.
    [InlineData("关于开展工作评议的通知", "各村：\n镇里对各站所和各村打分排名。")]
    public void TheVillagesRanked_StillFire(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    // "A complaint the issuer received (近期有村反映…, 部分村（社区）反映…) tells what the villages complained of; it asks
    // nothing — unless a later clause of the sentence asks again."
    [Theory]
    [InlineData("关于村干部坐班制度的补充说明", "各村：\n近期有村反映坐班登记要每天拍照发群，负担较重。")]
    [InlineData("关于考勤的说明", "近期，部分村（社区）反映仍有部门要求村干部每天打卡。")]
    [InlineData("关于考勤的说明", "有村干部反映要每天在APP签到，占用工作时间。")]
    public void AComplaintReceived_AsksNothing(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // Evasion: the complaint heard, the demand kept.
    [InlineData("关于坐班制度的说明", "各村：\n近期有村反映每天拍照发群负担重，但镇里仍要求各村每天拍照发群。")]
    [InlineData("关于坐班制度的说明", "各村：\n有村反映打卡负担重，经研究，请各村继续每天打卡。")]
    // Not a complaint: 有 opening something else.
    [InlineData("关于坐班制度的通知", "各村：\n有村干部值班的，每天在APP打卡。")]
    public void ADemandAfterTheComplaint_StillFires(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // "A prohibition covers every act of the list it opens in its clause, however long the list (不得以任何形式要求村（居）委会
    // 代为填报、录入或者上传照片)."
    [Theory]
    [InlineData("关于规范出租房屋信息登记工作的通知", "各派出所：\n不得以任何形式要求村（居）委会代为填报、录入、核对、汇总或者上传照片。")]
    [InlineData("关于调整文化活动报送方式的通知", "各镇文化站：\n村级文化活动不再要求村文化管理员在“青山文化云”上传活动照片和定位打卡。")]
    public void AProhibition_CoversItsWholeList(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    // The list ends at a comma: the next clause asks.
    [InlineData("关于信息登记的通知", "各村：\n不得要求群众重复填报、录入，各村村干部每天须在APP打卡。")]
    // A long clause whose list is not what the prohibition opens: the check-in stands far from the prohibition, with no
    // join right before it.
    [InlineData("关于信息登记的通知", "各村：\n不得以任何理由拒绝填报、录入，登记完成后村干部每日在登记系统里打卡。")]
    // A refusal turns the prohibition around.
    [InlineData("关于信息登记的通知", "各村：\n村干部不得以任何理由拒绝走访核对、逐户登记、汇总上报或者每日定位打卡。")]
    public void OutsideTheProhibitedList_StillFires(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }
}
