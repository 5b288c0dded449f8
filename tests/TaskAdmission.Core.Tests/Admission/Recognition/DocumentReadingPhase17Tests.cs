using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 17 (developed on rt31 and rt32): classes of cause seen in several parts, each stated as a county
/// approver would say it and tested on sentences written for these tests, with sentences beside them that must still fire
/// (including a township or department trying to get banned work through with the new rule).
/// </summary>
public sealed class DocumentReadingPhase17Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "代征税费", Recognisers = "代征 ~8 税款" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全生产监管", Recognisers = "安全生产 ~8 (执法检查|检查)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;评比;擂台赛;红黑榜;计分" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;接龙" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任状;责任书;承诺书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "DM-1", TitleZh = "评选", Category = LexiconFamilies.Demonstration, Recognisers = "(最美|美丽) ~4 庭院 ~10 评选" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "When the paper is the village's own — its villagers' or representatives' meeting deciding, or one village writing in
    // its own name to its own people, with no township or department in it — what it runs among its villagers, groups and
    // volunteers (a contest, a rating of yards, a sign-up) is 自治, not a demand put on the village."
    [Theory]
    // The record of the village's own meeting (村民会议决定, 村民代表会议纪要).
    [InlineData("石桥村关于实行庭院卫生红黑榜的村民会议决定", "经村民会议讨论，决定在全村开展庭院卫生评比，由村民小组长每月评一次，结果在村务公开栏张贴。")]
    [InlineData("太平村村民代表会议纪要（修订积分细则）", "出席村民代表31人。会议讨论了村民小组长提出的意见，删去“参加会议签到”计分项。会议决定由村委会执行。")]
    // 经村民会议讨论 opening the paper: the meeting decides (讨论, not only 通过).
    [InlineData("关于开展庭院卫生评比的决定", "经村民会议讨论，在全村开展庭院卫生评比，由村民小组长每月评一次。")]
    // One village in its own name, its own body organising, or speaking to its villagers.
    [InlineData("太平村广场舞擂台赛活动方案", "为丰富农闲文化生活，村委会定于春节前举办广场舞擂台赛，以村民小组为单位组队参加。")]
    [InlineData("太平社区周末志愿服务报名接龙", "本周六上午在小区广场开展义务理发志愿服务，欢迎居民志愿者在群里接龙报名，社区准备茶水和工具。")]
    public void TheVillagesOwnPaper_RunningThingsAmongItsPeople_IsSelfGovernment(string title, string description)
    {
        Assert.DoesNotContain(Fired(title, description), c => c is "AS-1" or "CI-1" or "DM-1");
    }

    [Theory]
    // A township citing the villagers' meeting: the township issues the paper (evasion).
    [InlineData("石桥镇关于开展招商擂台赛的通知", "经村民代表会议讨论，各村参加招商擂台赛，每月排名。")]
    // A village's name on a paper a township office drafted.
    [InlineData("太平村广场舞擂台赛活动方案（镇党建办拟）", "村委会定于春节前举办擂台赛，以村民小组为单位组队参加。")]
    // The village passing on what the township asks of it.
    [InlineData("太平村关于村干部考勤的通知", "按照镇里要求，村委会决定村干部每天在APP打卡。")]
    [InlineData("太平村关于村干部考勤的通知", "本村村干部每天在APP打卡，打卡情况由石桥镇党政办每月排名。")]
    // A kind of village (文明村) at the title's start names no village issuing it.
    [InlineData("文明村擂台赛方案", "村委会定于春节前举办擂台赛，以村民小组为单位组队参加。")]
    // A title's opening words before 村 (关于村干部…) name no village.
    [InlineData("关于村干部打卡的通知", "本村村干部每天在APP打卡。")]
    // Addressed to the villages, it is a demand whoever wrote it.
    [InlineData("太平村擂台赛方案", "各村：\n村委会定于春节前举办擂台赛，各村组队参加。")]
    public void APaperThatIsNotTheVillagesOwn_StillFires(string title, string description)
    {
        Assert.Contains(Fired(title, description), c => c is "AS-1" or "CI-1" or "DM-1");
    }

    // Prohibited work keeps its reading in the village's own paper: no village may take on tax collection by deciding so.
    [Fact]
    public void ProhibitedWork_InTheVillagesOwnPaper_StillFires()
    {
        Assert.Contains("FM-02", Fired("太平村关于代征税款的安排", "各位村民：\n村委会定于每月代征个体户税款。"));
    }

    // (session 17 review) Dressed as the village's own paper — a meeting's 决定 cited in a 关于…通知 title, 经村民代表会议讨论
    // closing the paper, an own committee as the only body named, the record of its own meeting — prohibited work still
    // fires: no village may take on tax collection by deciding so.
    [Theory]
    [InlineData("关于落实村民代表会议决定做好个体户税款代征工作的通知", "村委会每月代征本村个体工商户税款，按时足额上缴。", "FM-02")]
    [InlineData("关于做好个体户税款工作的通知", "村委会每月代征本村个体工商户税款，按时足额上缴。经村民代表会议讨论。", "FM-02")]
    [InlineData("关于做好个体户税款工作的通知", "村委会每月代征本村个体工商户税款，村务监督委员会审核。", "FM-02")]
    [InlineData("太平村村民代表会议纪要", "会议决定：村委会每月代征本村个体工商户税款。", "FM-02")]
    public void ProhibitedWork_DressedAsTheVillagesOwnPaper_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // "A table is a table whether its cells are parted by bars or by tabs: the responsible-unit column names who performs
    // its row."
    [Fact]
    public void ATabTable_ReadsItsResponsibleUnitColumn()
    {
        Assert.DoesNotContain("FM-05", Fired("安全生产月活动任务分工表", "序号\t活动\t责任单位\t配合单位\n1\t企业安全生产执法检查\t区应急管理局\t区市场监管局"));
        Assert.Contains("FM-05", Fired("安全生产月活动任务分工表", "序号\t活动\t责任单位\t配合单位\n1\t企业安全生产执法检查\t各村（社区）\t区应急管理局"));
    }

    // "The responsible unit performs its row's task; a cell that gives its own act to the village (备注：…由所在村组织…) is
    // read by itself."
    [Theory]
    [InlineData("序号\t事项\t责任单位\t备注\n1\t企业隐患排查\t镇应急办\t逾期未整改的由所在村开展安全生产检查")]
    [InlineData("序号|事项|责任单位|备注\n1|企业隐患排查|镇应急办|逾期未整改的由各村开展安全生产检查")]
    public void ACellGivingItsActToTheVillage_IsReadByItself(string description)
    {
        Assert.Contains("FM-05", Fired("安全生产整治台账", description));
    }

    [Theory]
    [InlineData("序号\t事项\t责任单位\t备注\n1\t企业安全生产检查\t镇应急办\t所在村协助通知企业")]
    public void ARemarkThatGivesTheVillageNoAct_LeavesTheRowToItsUnit(string description)
    {
        Assert.DoesNotContain("FM-05", Fired("安全生产整治台账", description));
    }

    // "A pledge in the title that a township draws up binds the party its text opens with: when the villages are the
    // subject of its first sentence (各村为…责任主体, 各村承担…), the villages sign it."
    [Theory]
    [InlineData("石桥镇高铁站场征迁工作责任状", "涉及征迁的各村为本村征迁工作责任主体，村书记为第一责任人，承诺于8月31日前完成签约。")]
    [InlineData("松岗镇协税护税目标责任书", "各村承担本村范围内协税护税任务，全年任务不低于下达目标。")]
    public void ATownshipsPledgeBindingTheVillages_IsTheVillagesPledge(string title, string description)
    {
        Assert.Contains("PV-1", Fired(title, description));
    }

    [Theory]
    // The township's own pledge to the district opens with another body.
    [InlineData("石桥镇安全生产目标责任书", "区安委办：我镇已于1月12日与区政府签订安全生产目标责任书，任务分解至镇直部门。")]
    // An addressee line is whom the paper is sent to, not whom the pledge binds (rt27-042's class).
    [InlineData("街道城管中队关于商户门前三包责任书签订的说明", "各社区居委会：\n今年商户门前三包责任书由城管中队队员逐户上门与商户签订，社区不参与签订。")]
    // The villages named to be left out.
    [InlineData("石桥镇安全生产目标责任书", "各村不再签订安全生产责任书，由镇安委会与镇直部门签订。")]
    public void ATownshipsOwnPledge_OrVillagesLeftOut_StaysQuiet(string title, string description)
    {
        Assert.DoesNotContain("PV-1", Fired(title, description));
    }
}
