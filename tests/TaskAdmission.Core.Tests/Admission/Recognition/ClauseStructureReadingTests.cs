using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 6: the clause's structure — who does what to whom — read from jieba's words and part-of-speech tags
/// (ClauseStructure), drawn from the rt7 notices by class of cause. Each rule is tested with sentences that must fire and
/// sentences that must not: the head of a noun phrase acts (申请人所在村委会), a village word inside a compound is not the
/// village (社区卫生服务中心), rankings and campaigns of persons are not aimed at the village, a check-in is its subject's
/// act, a requester quantified as some bodies is reported, a document the village writes and stamps is a certificate.
/// </summary>
public sealed class ClauseStructureReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项",
            Recognisers = "(出具|开具|出证) ~24 (证明|证实|证明材料|情况说明|书面说明|的说明); (出1份|开1份|写1份|出具1份|开个|写出|作出书面) ~40 (说明|证明|材料|条子|东西|书面情况|书面说明|写明|写清楚)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-06", TitleZh = "社区戒毒社区康复人员情况证明", Recognisers = "(戒毒|社区康复) ~12 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-08", TitleZh = "婚姻状况证明", Recognisers = "(单身|未婚|婚姻情况) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-11", TitleZh = "死亡证明", Recognisers = "(死亡|去世) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-16", TitleZh = "居民个人档案证明", Recognisers = "(工作经历|任教|教龄) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "市场监管执法", Recognisers = "(生鲜店|农贸市场) ~16 (检查|查验)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全生产监管", Recognisers = "安全生产 ~4 (监管责任|负监管责任)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "牌子", Category = LexiconFamilies.Signboard, Recognisers = "牌子" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡签到", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡 !打卡点;签到 !会议签到;(拍照|照片) ~4 (上传|报镇)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名" },
        new ListItem { Kind = ListKind.Lexicon, Code = "DM-1", TitleZh = "创建评选", Category = LexiconFamilies.Demonstration, Recognisers = "(创建|评选) ~8 (文明|示范)" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string description) =>
        TextAnalyser.Analyse(Lexicon, [("description", description)]).Hits;

    private static IReadOnlyList<string> Fired(string description) =>
        [.. Hits(description).Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct()];

    [Theory]
    [InlineData("档案缺失的，由申请人所在村委会出具其当年在本村小学任教起止时间的证明。", "BZ-16")]
    [InlineData("无医疗机构证明的，由死者生前居住地村委会出具死者死亡原因的证明。", "BZ-11")]
    public void APersonQualifyingABodysName_DoesNotAct_TheBodyDoes(string description, string code)
    {
        var fired = Hits(description).Where(h => h.Verdict.Fires).ToList();

        Assert.Equal([code], fired.Select(h => h.Entry.Code).Distinct());
        Assert.All(fired, h => Assert.Contains("村委会", h.Verdict.Explain(TaskAdmission.Core.Common.AppLanguage.ZhCn), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("由申请人到村委会出具其任教起止时间的证明。")]
    [InlineData("居民在家中死亡的，由社区卫生服务中心或乡镇卫生院出具死亡证明。")]
    public void APersonActingBeforeAVerb_OrAVillageWordInsideAnotherBodysName_PutsNothingOnTheVillage(string description)
    {
        Assert.DoesNotContain(Hits(description), h => h.Verdict.Fires && h.Verdict.Reason == VerdictReason.VillageActs);
    }

    [Theory]
    [InlineData("本次比赛共有48名居民参加，排名前八的选手将代表社区参加街道比赛。", false)]
    [InlineData("本村每年由村民代表评选一次文明户，评上的户在门口挂小红旗。", false)]
    [InlineData("镇里每月对各村的工作进行排名。", true)]
    [InlineData("各村要积极创建文明村，年底验收。", true)]
    public void ARankingOrCampaignOfPersons_IsNotAimedAtTheVillage(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Count > 0);
    }

    [Theory]
    [InlineData("桃源村油菜花海近期游客增多，网友纷纷来拍照打卡。", false)]
    [InlineData("请各户派一名代表参加，到会时在门口签到领取表决票。", false)]
    [InlineData("各村要动员辖区居民下载APP，每日在APP上签到。", true)]
    [InlineData("网格员入户走访时，须与户主拍摄合影并在群内打卡。", true)]
    [InlineData("请各村将推文转发至村民微信群，并每日打卡。", true)]
    public void ACheckIn_IsTheActOfItsSubject_CarriedThroughTheSentence(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("CI-1"));
    }

    [Theory]
    [InlineData("近期收到反映，个别部门要求村干部在工作群内定位打卡。", false)]
    [InlineData("镇党政办要求村干部在工作群内定位打卡。", true)]
    public void ARequesterQuantifiedAsSomeBodies_IsAPracticeReported(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("CI-1"));
    }

    [Theory]
    [InlineData("请各社区对本社区戒毒人员的日常表现逐人作出书面说明，社区盖章后报区禁毒办。", "BZ-06")]
    [InlineData("由社区核实后开一份，写明其现在的婚姻情况，社区签字盖章即可。", "BZ-08")]
    [InlineData("所里需要村里先出一份东西，说明他的户籍登记情况，写清楚以后村委会盖章。", "BZ-00")]
    public void ADocumentTheVillageWritesAndStamps_IsACertificate_CitedByTheFactItStates(string description, string code)
    {
        Assert.Equal([code], Fired(description));
    }

    [Theory]
    [InlineData("请各村写一份上半年工作总结的说明，月底前报镇党政办。")]
    [InlineData("村（社区）对上述证明有权拒绝出具。")]
    public void AWrittenAnswerWithoutStamp_OrARightToRefuse_IsNoCertificate(string description)
    {
        Assert.Empty(Fired(description));
    }

    [Theory]
    [InlineData("请社区会同物业公司对小区内的生鲜店开展检查，结果每月报街道。", true)]
    [InlineData("请社区协助市场监管所对小区内的生鲜店开展检查。", false)]
    public void AVillageLeadingTheActWithAnotherBody_ActsItself_ButAssistingLeavesTheActToTheOther(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("FM-06"));
    }

    [Theory]
    [InlineData("乙方对本村辖区内企业、作坊的安全生产负监管责任。", true)]
    [InlineData("县应急管理局对辖区内企业、作坊的安全生产负监管责任。", false)]
    public void AnObjectPhraseAfterAnUnnamedSubject_IsActedUpon(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("FM-05"));
    }

    [Theory]
    [InlineData("新增“妇女儿童之家”“科普e站”三块牌子，由各相关部门提供样式，村里负责制作和悬挂。", true)]
    [InlineData("新增三块牌子，由县科技局负责制作和悬挂。", false)]
    public void ABodysNameInQuotationMarks_IsAThingNamed_NotAnActor(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("SB-1"));
    }

    [Theory]
    [InlineData("请你村先核实刘某的姓名，证明刘某即为户籍登记上的本人，再写一份其任教经历的说明，村委会盖章后转派出所。", true)]
    [InlineData("请你村先核实刘某的姓名，由本人写一份其任教经历的说明，签字后转派出所。", false)]
    public void APersonInAnEarlierClausesObject_IsNotTheSubjectCarriedForward(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("BZ-16"));
    }

    [Theory]
    [InlineData("关于婚姻登记档案遗失时出具婚姻状况证明的工作提示", false)]
    [InlineData("关于出具遗失证件证明和婚姻状况证明的工作提示", true)]
    public void AProhibitedMatchOverlappingOneTheAllowedCaseCovers_IsCoveredToo(string title, bool blocks)
    {
        ListItem[] items =
        [
            new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-08", TitleZh = "婚姻状况证明", Recognisers = "婚姻状况证明" },
            new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-20", TitleZh = "证件遗失证明", Recognisers = "(遗失|丢失) ~10 (证明|说明)" },
            new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-03", TitleZh = "婚姻登记档案遗失情形下的婚姻状况证明", Recognisers = "婚姻 ~20 档案 ~10 (遗失|查无)" },
        ];
        const string description = "婚姻登记机关查询不到其结婚登记档案（档案遗失）的，可由当事人户籍地村委会根据掌握的情况出具其婚姻状况证明。";

        var findings = RecognitionTrial.Try(items, title, description).Findings.ToList();

        Assert.Equal(blocks, findings.Any(h => h.Entry.Code == "BZ-20"));
        Assert.DoesNotContain(findings, h => h.Entry.Code == "BZ-08");
    }

    [Theory]
    [InlineData("村级河长每月至少巡河两次，发现问题拍照记录后报镇河长办。", false)]
    [InlineData("村级河长每月至少巡河两次，每到一处巡查点须拍照上传。", true)]
    public void APhotoOfWhatIsFound_ReportsTheFinding_NotThePresence(string description, bool fires)
    {
        Assert.Equal(fires, Fired(description).Contains("CI-1"));
    }
}
