using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23: check-ins that are the public's own and photos that are content. An approver's rule: "a check-in,
/// photo or sign-up is banned when it is demanded of the village or its staff as proof of work; the public's own check-in
/// at a place, a voluntary sign-up, a photo that is the subject of a one-off report or a village's own archive is not."
/// Checked on the demo lists (demo-lists.csv); every sentence is written for these tests, and beside each rule stand the
/// wordings in which a department uses the same shape to put the check-in on the villages anyway — those still fire.
/// </summary>
public sealed class Phase23OwnActsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description) => fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    private void Fires(string title, string description) => fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    // "A floor set on each village takes the choice away: the villages must deliver the number, whoever volunteers."
    [Theory]
    [InlineData("关于开展读书月活动的通知", "各村：\n请在村民群接龙报名，村民自愿报名，但每村不少于20人。")]
    [InlineData("关于组建护河志愿队的通知", "各村：\n志愿者自愿参加，每个村至少报名15人，名单在工作群接龙。")]
    [InlineData("关于开展健步走活动的通知", "各村：\n居民自愿报名，每村（社区）不低于30人，每天在小程序打卡步数。")]
    public void AVoluntarySignUpWithAFloorOnEachVillage_StillFires(string title, string description) =>
        Fires(title, description);

    [Theory]
    // The choice stays the villages' when no floor is set on them (phase 20's voluntary reading is unchanged).
    [InlineData("关于开展读书月活动的通知", "各村：\n请在村民群接龙报名，村民自愿报名，人数不限。")]
    // The villages addressed are those that wish to take part.
    [InlineData("关于举办村级象棋赛的通知", "各村：\n比赛场地由镇文化站负责，有意参赛的村请于5月10日前在本群接龙报名。")]
    [InlineData("关于举办广场舞展演的通知", "各社区：\n愿意参加展演的社区请在群里接龙报名，节目由各队自定。")]
    public void AVoluntarySignUpWithoutAFloor_StaysQuiet(string title, string description) =>
        Quiet(title, description);

    [Theory]
    // A floor set on the villages that wish to take part, and a wish that is no joining.
    [InlineData("关于举办村级象棋赛的通知", "各村：\n有意参赛的村请在本群接龙报名，每村不少于3人。")]
    [InlineData("关于做好防汛值守的通知", "各村：\n对有意拖延的村，请每天在群里接龙报到。")]
    public void AWishThatSetsAFloorOrJoinsNothing_StillFires(string title, string description) =>
        Fires(title, description);

    // "Tourists checking in at a village, workers or readers checking in at an activity they join by choice do it for
    // themselves."
    [Theory]
    // The village is the place the public is invited to; the tourists check in.
    [InlineData("关于桃花村赏花活动的推文", "春天来啦，快来青禾镇桃花村打卡吧！游客拍照上传朋友圈可领取一份小礼品。")]
    // An activity another body holds at the village, named after the check-in; visitors scan and check in.
    [InlineData("关于做好赏花季保障工作的通知", "桃花村委会：\n区文旅局在桃花村举办“花海打卡月”活动，游客扫码打卡可领取纪念品，活动组织由区文旅局负责。")]
    // Union members at the union's activity, joining of their own choice.
    [InlineData("区总工会关于开展职工登山打卡活动的通知", "各基层工会：\n区总工会面向全区职工开展秋季登山打卡活动。职工自愿报名，登顶后在小程序打卡。")]
    // Volunteers' hours the app records; the volunteers sign up by choice.
    [InlineData("关于招募助残志愿者的公告", "县志愿服务联合会招募助残志愿者30名。报名请通过小程序，服务时长由小程序自动记录，可兑换积分。志愿者自愿报名。")]
    public void ThePublicsOwnCheckIn_IsNotTheVillages(string title, string description) =>
        Quiet(title, description);

    [Theory]
    // The brief's evasions: the village's cadres are named to report the check-in, or the villages report it.
    [InlineData("关于开展乡村旅游推广的通知", "各村：\n组织村民到村打卡，并由村干部截图上报镇文旅办。")]
    [InlineData("关于志愿服务活动的通知", "各村每天上报志愿者打卡截图，志愿者自愿报名。")]
    // The cadres check in at the place the tourists visit.
    [InlineData("关于做好赏花季保障工作的通知", "桃花村委会：\n游客扫码打卡可领取纪念品。村干部每天到村口打卡值守。")]
    // The clause demands the check-in of the addressees.
    [InlineData("关于做好赏花季保障工作的通知", "各村：\n游客扫码打卡可领取纪念品。请到村委会打卡签到。")]
    // A check-in naming no one, in a paper addressed to the villages, is theirs.
    [InlineData("关于志愿服务活动的通知", "各村：\n志愿者自愿报名。打卡后截图发工作群。")]
    // A floor on each village anywhere in the paper.
    [InlineData("区总工会关于开展健步走打卡活动的通知", "各基层工会：\n职工自愿报名，开展健步走打卡活动，每个社区不少于50人参加。")]
    public void ACheckInTheVillageIsNamedToMakeOrReport_StillFires(string title, string description) =>
        Fires(title, description);

    // "A photo that is what a one-off report is about, or one the village keeps for itself, proves no work."
    [Theory]
    // One of the contents a one-off report lists in brackets.
    [InlineData("关于报送闲置农房情况的通知", "各村：\n请把本村闲置农房情况（位置、面积、产权、现状照片）整理后报镇农办。")]
    // Kept by the village itself.
    [InlineData("关于村务公开的通知", "各村：\n本季度财务公开请按时完成，公开栏照片自行存档即可，不用发群里。")]
    // A photo of a hazard the cadres come upon, seen in the clause before; they may send it.
    [InlineData("关于隐患随手拍的通知", "村干部在入户时看到明显的火灾隐患（比如电动车楼道充电），可以拍张照片发给镇安办。")]
    public void APhotoThatIsContentOrKept_IsNoProofOfWork(string title, string description) =>
        Quiet(title, description);

    [Theory]
    // The brief's evasion: a photo kept daily and checked.
    [InlineData("关于村务公开的通知", "各村：\n村干部每日拍照存档，镇里每周抽查。")]
    // Kept by the village, but checked by the township.
    [InlineData("关于村务公开的通知", "各村：\n公开栏照片自行存档，镇纪委将不定期抽查。")]
    // A listed photo that recurs, or one of work done.
    [InlineData("关于报送巡河情况的通知", "各村：\n请每周把巡河情况（时间、地点、现场照片）整理后报镇河长办。")]
    [InlineData("关于报送整改情况的通知", "各村：\n请把整改情况（整改内容、整改前后照片）整理后报镇农办。")]
    // A photo of every visit, not of a finding.
    [InlineData("关于入户走访的通知", "各村：\n村干部每天入户走访，看到隐患及时报告，走访时拍张照片发到工作群。")]
    public void APhotoThatProvesWork_StillFires(string title, string description) =>
        Fires(title, description);

    // (rt39–rt40) "评估对象为各镇党政班子及镇直站所，不涉及村（社区） — the paper says whom its evaluation ranks; the villages named as
    // matter (村级报表) are not ranked."
    [Theory]
    [InlineData("关于通报上半年减负工作评估情况的通知", "各镇党委：\n区委社会工作部对各镇上半年减负工作进行了评估，评估对象为各镇党政班子及镇直站所，不涉及村（社区）。从评估结果看，东岭镇村级报表精简较多，排名靠前；石桥镇仍有部门向村直接布置工作，排名靠后。")]
    public void AnEvaluationWhoseObjectDisownsTheVillages_RanksNoVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The stated object does not cover a sentence scoring the villages one by one, nor an object that names them.
    [InlineData("关于通报上半年减负工作评估情况的通知", "各镇党委：\n评估对象为各镇，不涉及村（社区）。各镇要对所辖村逐一评分，并通报各村得分排名。")]
    [InlineData("关于通报上半年减负工作评估情况的通知", "各镇党委：\n评估对象为各镇和各村。各村排名靠后的要整改。")]
    public void AnEvaluationThatScoresOrNamesTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // (rt39–rt40) "为落实村级组织工作事务清单 names a list; the villages do nothing in that clause."
    [Theory]
    [InlineData("关于调整招商工作机制的通知", "各镇人民政府：\n为执行村级组织减负事项负面清单，现对全区招商工作作出调整：招商引资由区投资促进局负责。")]
    public void AVillageOpeningAListsName_IsNoSubjectCarried(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The villages named again as doers, or the list followed by an act of theirs in its own clause.
    [InlineData("关于调整招商工作机制的通知", "各镇：\n为落实村级组织工作事务清单，现将招商引资任务分解到各村，每村每年引进项目1个。")]
    [InlineData("关于调整招商工作机制的通知", "各镇：\n按照村级组织工作事务清单，各村要完成招商引资任务。")]
    [InlineData("关于调整招商工作机制的通知", "各镇：\n村级组织对照工作清单，负责本村招商引资任务。")]
    public void AListNameBesideTheVillagesWork_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);
}
