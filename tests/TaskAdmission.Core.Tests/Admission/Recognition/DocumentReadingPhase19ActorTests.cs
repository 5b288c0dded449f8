using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 19 (the act is someone else's, or the word means something else): a clean notice blocked although the
/// act is another named body's, the village is only the place visited or the owner of what is inspected, or the ranked
/// are persons. Each rule is tested on sentences written for these tests, with sentences beside them that must still
/// fire — including a township wording a demand on the villages to look like the clean paper.
/// </summary>
public sealed class DocumentReadingPhase19ActorTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全监管", Recognisers = "燃气 ~12 (巡查|检查)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-07", TitleZh = "环境执法", Recognisers = "排污 ~12 (查处|处罚)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "考核;排名;排序;等次" },
        new ListItem { Kind = ListKind.Lexicon, Code = "DM-1", TitleZh = "示范创建", Category = LexiconFamilies.Demonstration, Recognisers = "精品村;示范村" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;(照片|拍照) ~6 (报告|上传)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "A department whose name holds 农村 before 委 (县农业农村委) is a department, not the village committee (村委)."
    [Theory]
    [InlineData("关于县直部门绩效考核结果的通报", "县直各部门：\n县医保局、县农业农村委、县应急局等8个部门为优秀等次。")]
    [InlineData("关于县直部门绩效考核结果的通报", "县农业农村委、县林业局为一般等次。")]
    [InlineData("市农业农村委工作安排", "市农业农村委组织开展系统内考核。")]
    public void ADepartmentNamedWithRuralAffairs_IsNotTheVillageCommittee(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    [Theory]
    // The department assessing the villages, and the village committee itself.
    [InlineData("关于督导的通知", "县农业农村委对各村人居环境整治情况进行考核排名。")]
    [InlineData("关于评议的通知", "各村委会按得分排名，分为优秀、一般两个等次。")]
    // Evasion: the department named beside the villages it grades.
    [InlineData("关于人居环境整治的通知", "各村：\n县农业农村委会同镇政府对各村评定等次。")]
    public void TheVillageCommitteeOrTheVillagesGraded_StillFire(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    // "The village a cadre goes down to (下村, 进村, 入村) is the place visited: the cadre acts."
    [Theory]
    [InlineData("乡机关干部下村工作日志APP使用规定", "乡机关干部下村服务时，使用“工作日志”APP打卡并记录服务内容，乡党政办每月统计机关干部下村天数。")]
    [InlineData("关于规范县直部门下基层的通知", "县直部门工作人员进村调研时，在本单位考勤系统签到。")]
    [InlineData("关于规范年终考核的通知", "各乡镇、县直各部门：\n今年年终考核实行“一次进村、统筹检查”。")]
    public void AVillageVisited_IsNotWhoActs(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    // The village's own cadres checking in when they go round; a list of village bodies after 以下 (以下村级组织).
    [InlineData("关于加强考勤的通知", "各村：\n村干部下村入户走访时，须在APP打卡。")]
    [InlineData("关于加强考勤的通知", "各村：\n以下村级组织每天在APP打卡：村党组织、村委会。")]
    // Evasion: the township's cadres go down, and the villages are made to sign in for them.
    [InlineData("关于包村工作的通知", "镇干部下村时，各村要在APP上签到确认。")]
    [InlineData("关于督导的通知", "县督导组进村检查，对各村考核排名。")]
    public void TheVillageActingBesideAVisit_StillFires(string title, string description)
    {
        Assert.NotEmpty(Fired(title, description));
    }

    // "A ballot orders its candidates (正式候选人在选票上按姓氏笔画排序): the persons are ordered, not the villages."
    [Theory]
    [InlineData("关于正式候选人名单排列顺序的说明", "各村选举委员会：正式候选人在选票上按姓氏笔画排序，不得按初步候选人得票多少排名。")]
    [InlineData("关于村民代表选举的说明", "候选人按得票多少排序，得票相同的另行投票。")]
    public void CandidatesOrderedOnABallot_RankNoVillage(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    [Theory]
    // The villages ranked by their candidates' work; a village named in the clause; the cadres ranked.
    [InlineData("关于开展工作评议的通知", "各村：\n各村按候选人推荐情况排名通报。")]
    [InlineData("关于开展工作评议的通知", "各村：\n群众对各村满意度排名。")]
    [InlineData("关于开展工作评议的通知", "各村：\n村干部按年度得分排名。")]
    public void TheVillagesRanked_StillFire(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    // "Villages named as the owners of what is inspected (对四个社区的老旧小区燃气管道开展巡查) do not inspect: who does is named
    // in the clause before, by 由, 委托 or 交由 (委托…服务机构, 由镇安办牵头)."
    [Theory]
    [InlineData("关于委托第三方开展燃气安全巡查服务的情况说明", "街道通过政府购买服务，委托具备资质的安全技术服务机构，对滨江、河湾、新桥、锦绣四个社区的老旧小区燃气管道开展巡查。")]
    [InlineData("关于燃气安全的通知", "由镇安办牵头，对各村的餐饮店开展燃气安全检查。")]
    public void VillagesOwningWhatIsInspected_DoNotInspect(string title, string description)
    {
        Assert.DoesNotContain("FM-05", Fired(title, description));
    }

    [Theory]
    // The village the subject before; no one named before; the villages told in the clause itself.
    [InlineData("关于燃气安全的通知", "各村要组织力量，对本村的餐饮店开展燃气安全检查。")]
    [InlineData("关于燃气安全的通知", "为加强安全管理，对本村的餐饮店开展燃气安全检查。")]
    // A body named before without 由/委托 (the villages may be the ones it sends); a clause naming a village in between.
    [InlineData("关于燃气安全的通知", "镇安办牵头，对各村的餐饮店开展燃气安全检查。")]
    [InlineData("关于燃气安全的通知", "委托第三方机构培训，各村组织人员，对本村的餐饮店开展燃气安全检查。")]
    // Evasion: a service bought, but its acceptance is the villages' own inspection.
    [InlineData("关于购买燃气巡查服务的通知", "街道通过政府购买服务委托第三方，各社区对本社区的餐饮店开展燃气检查。")]
    public void TheVillageInspecting_StillFires(string title, string description)
    {
        Assert.Contains("FM-05", Fired(title, description));
    }

    // "Villages counted as what a campaign is to produce (建成2个精品村) are aimed at, whoever is told to produce them": with
    // the department that issues the title now read as a department (县农业农村委), the campaign is still read.
    [Theory]
    [InlineData("白水县农业农村委关于开展“精品村”建设的通知", "各乡镇：\n今年起，每个乡镇每年建成2个美丽宜居“精品村”，建成后作为现场会的参观点。")]
    [InlineData("关于示范创建的通知", "各乡镇：\n每个乡镇今年创建3个示范村。")]
    public void VillagesCountedAsACampaignsProduct_StillFire(string title, string description)
    {
        Assert.Contains("DM-1", Fired(title, description));
    }

    [Theory]
    // A village named as a model without a count, by another body: no campaign asked of villages.
    [InlineData("关于参观学习的通知", "镇党委组织机关干部到示范村参观学习。")]
    public void AModelVillageVisited_IsNoCampaign(string title, string description)
    {
        Assert.DoesNotContain("DM-1", Fired(title, description));
    }

    // "A matter passed on to a body (已转区生态环境局依法查处) is that body's; staff named by their posting (驻点人员) are another
    // body's people; a photo reported when something is found (发现…时，…报告位置和照片) reports the finding."
    [Theory]
    [InlineData("关于代表视察发现排污问题的转办函", "代表视察中发现的小清河沿岸排污问题已转区生态环境局依法查处。")]
    [InlineData("关于排污问题的转办函", "群众反映的排污问题已转县生态环境局查处。")]
    [InlineData("关于开展医保驻点服务的通知", "各村：\n驻点人员在“青山医保”内部系统中签到打卡，作为本单位下沉服务考勤依据。")]
    [InlineData("关于代表视察发现排污问题的转办函", "请沿河各村发现新的排污口、异常水色时，及时向镇生态环境办报告位置和照片。")]
    public void AnActPassedOnOrAnotherBodysStaffOrAFindingReported_IsNotTheVillages(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    // Passed on to the villages; the villages' own posted staff; a photo every day, or on a round that finds nothing.
    [InlineData("关于排污问题的通知", "排污问题转各村依法查处。")]
    [InlineData("关于排污问题的通知", "请各村依法查处排污问题。")]
    // 转 naming only where the paper goes: the village acts and sends the result on.
    [InlineData("关于排污问题的通知", "请各村对排污企业依法查处后转镇生态环境办。")]
    [InlineData("关于驻点的通知", "各村驻点人员每天在APP签到打卡。")]
    [InlineData("关于排污的通知", "请各村发现排污口时，每天拍照上传。")]
    [InlineData("关于排污的通知", "请各村巡河时，向镇生态环境办报告位置和照片。")]
    public void TheVillagesActing_StillFire(string title, string description)
    {
        Assert.NotEmpty(Fired(title, description));
    }
}
