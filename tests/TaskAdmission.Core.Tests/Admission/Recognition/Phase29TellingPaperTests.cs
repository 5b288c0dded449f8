using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 29 (helper s29-3): papers that are not tasks — a media piece, a review, an experience paper, minutes
/// recording what a party said, a report sent up, a 公示, a pay-scale table. They tell what was done or once demanded and
/// ask the village nothing from now on. Beside each quieting shape, the same shape used to put the banned work on the
/// villages anyway must fire: minutes that end with 会议要求各村…, a report whose next steps give the act to the villages, a
/// review asking every village to copy the practice, a table or 公示 that ranks villages. Every sentence is written for
/// these tests.
/// </summary>
public sealed class Phase29TellingPaperTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A newspaper's piece (its byline), telling what a township once made the villages do.
    [InlineData("河口村“四清”为何变了味", "本报记者近日走访了解到，起初乡里让各村每天在群里发巡河照片，村干部疲于应付。乡减负办表示已经叫停。\n《东江日报》2026年5月2日")]
    // Another body's demands counted in an observation point's report sent up.
    [InlineData("北坡村减负观测点2026年一季度情况报告", "区委社会工作部：\n本季度有个科室要求村干部天天往群里发定位，镇里临时一次要求各村用接龙报当天照片，均已如实登记。")]
    // A summary of the half-year telling of its own demand at the start of it, since stopped.
    [InlineData("西岭街道2026年前六个月工作小结（节选）", "三、年初我街道组织各社区开展学习打卡活动，要求每天截图，3月已停止。")]
    public void APaperTellingOfCheckIns_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A review by the county's media centre (its kind inside the bracket), a cadre's words.
    [InlineData("东岭镇垃圾分类三年回顾（镇融媒体中心稿件）", "北坡村支书坦言，当初镇里让村里同环卫公司签保洁责任状，压力不小。如今保洁由公司负责，村里只管监督。")]
    public void AReviewTellingOfAPledge_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // An experience paper: what the village used to be busy with.
    [InlineData("互助养老让老人笑起来（经验交流材料）", "东岭村依托老年协会开展互助养老。村书记介绍，过去村里忙于应付各种验收和排名，如今心思都花在老人身上。")]
    // A 公示 ranks the county among counties and sorts people by name.
    [InlineData("关于2026年度乡村医生资格考核通过人员的公示", "现将合格人员予以公示（按报名先后排序）。本县合格率在全市排名第二。公示期五天。")]
    // A pay table grades posts by the person's standing.
    [InlineData("白石县乡村医生岗位等级标准表", "岗位等级｜基本报酬\n一级｜2800\n说明：乡村医生按服务年限、学历、职称确定岗位等级，每满五年晋升一级。")]
    public void APaperTellingOrGradingPersons_RanksNoVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A report sent up: certificates outside the list counted as never issued.
    [InlineData("东岭县2026年一季度为村减负情况报告", "市委社会工作部：\n一季度，全县村（社区）清单外证明实现“零出具”，群众办事更方便。")]
    public void AReportCountingCertificatesAsZero_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The count of zero, then the villages told to go on issuing.
    [InlineData("东岭县2026年一季度为村减负情况报告", "市委社会工作部：\n一季度，全县村（社区）清单外证明实现“零出具”，今后各村（社区）要继续为群众出具证明。")]
    public void AZeroCount_ThenTheVillagesToldToIssue_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A past act named for the records it left: the stubs are scanned, no certificate is asked.
    [InlineData("关于村级档案电子化范围的说明", "各村：\n本次电子化范围包括村委会以往开具证明的存根、印章登记本，各村提前整理好即可。")]
    public void APastActNamedForItsRecords_AsksNone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // No past word: the stubs of what the villages are to issue from now on.
    [InlineData("关于村级档案电子化范围的说明", "各村：\n各村今后开具证明的存根要按月整理。")]
    public void TheStubsOfActsToCome_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // Minutes that record a complaint, then end with the meeting telling the villages to do it.
    [InlineData("东岭镇汛期联席会议纪要", "镇里召开防汛联席会议，水务站、各村书记参加。\n北坡村反映：以往镇里让村里每天拍照上传巡堤照片，负担较重。\n会议要求各村每天往工作群传两次巡堤照片。")]
    // A report whose next steps give the act to the villages.
    [InlineData("南湾街道2026年前半年为社区减负情况报告", "区委社会工作部：\n上半年，我街道清理涉社区考核事项11项。\n下一步，各社区要每天在群里报送巡查照片。")]
    // A review praising the practice and asking every village to copy it.
    [InlineData("积分制让乡风文明落地生根（经验交流材料）", "东岭村推行积分制，村干部每天在群里晒照片打卡。\n这一做法值得各村学习借鉴，请各村参照推广。")]
    // A media piece whose demand holds on.
    [InlineData("河口村“四清”为何变了味", "本报记者近日走访了解到，乡里让各村每天在群里发巡河照片，今后继续执行。\n《东江日报》2026年5月2日")]
    // A report telling of the issuer's own demand, in force.
    [InlineData("东岭镇2026年第三季度工作的报告", "区委办公室：\n我镇要求各村每天在群里上传巡查照片，村干部全部参与。")]
    // A relayed notice recorded in minutes is passed on to those present.
    [InlineData("北坡村两委会议记录", "一、传达县林业局通知：县林业局要求各村护林员每天在APP签到。")]
    public void ATellingPaper_ThatStillHandsTheCheckInOn_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A summary's plans: what stands under them is to be done.
    [InlineData("西岭街道2026年前六个月工作小结（节选）", "四、下半年工作打算。我街道将对各社区开展学习竞赛，每周按社区排名通报。")]
    // A table of standards that ranks the villages.
    [InlineData("白石县村级工作标准表", "星级｜得分\n五星｜95分以上\n说明：各村按年度考评得分确定星级等级，镇里按村排名通报。")]
    // A pay table whose grade rates the cadres' work.
    [InlineData("白石县村干部报酬等级标准表", "说明：村干部按工作年限和年度考核得分确定等级。")]
    // A 公示 publishing the villages' ranking, by their names.
    [InlineData("关于2026年各村集体收入工作结果的公示", "现将排名予以公示：东岭村95分，第一名；北坡村90分，第二名。公示期五天。")]
    public void ATableOrNoticeThatRanksVillages_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);
}
