using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 35: work that another body does, or that a body does inside itself, is not put on the village. A body
/// that "负责 … 的 <act>" (县公安局负责违法行为的调查取证) takes the act as its duty, the object phrase closed by 的 and all —
/// it did not make the object; the county's or township's armed forces department (人武部, 武装部) is a body like any
/// other department, so its own rules for its own staff bind its own staff; a state farm (国有林场, 国营农场, 牧场, 渔场)
/// writing to its sub-farms, work areas and stations governs its own units; and money a village collected before that
/// the sentence orders returned stays undone when a later clause of the sentence gives the new handling to another body
/// by 由 (…退还缴费人，由县某局重新核定). Each beside the twin that still puts the banned work on the village. Every
/// sentence is written for these tests.
/// </summary>
public sealed class Phase35OthersAndOwnWorkTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private const string VillageLine = "\n2. 各村委会做好政策宣传，发现线索及时报告镇值班室。";

    // X负责…的<act>: the body named before the duty verb does the act.
    [Theory]
    [InlineData("1. 县公安局负责违法行为的调查取证、立案和处罚。")]
    [InlineData("1. 县市场监管局负责无证经营行为的立案查处。")]
    [InlineData("1. 县卫健局卫生监督所负责非法行医行为的调查取证。")]
    [InlineData("1. 县水利局执法大队负责非法采砂行为的调查取证和处罚。")]
    [InlineData("1. 县自然资源局负责违法占地行为的立案查处。")]
    [InlineData("1. 县文旅局执法大队负责无证演出行为的调查取证。")]
    public void ABodyResponsibleForTheActOfAnObjectPhrase_DoesTheAct(string duty) =>
        fixture.AssertQuiet("镇职责分工", duty + VillageLine, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("1. 各村负责违法占地行为的调查取证。")]
    [InlineData("1. 各村委会负责非法采砂行为的立案查处。")]
    [InlineData("1. 镇执法队负责违法建设行为的调查取证，各村负责违法建设行为的立案查处。")]
    public void AVillageResponsibleForTheAct_StillFires(string duty) =>
        fixture.AssertFires("镇职责分工", duty + VillageLine, PrecheckRules.ProhibitedItem);

    // The armed forces department's own rules for its own staff, and other bodies' alike.
    [Theory]
    [InlineData("县人武部机关保密管理规定", "一、机关保密室由政工科负责管理。\n二、保密员上岗前与政工科签订保密责任书，明确岗位责任。")]
    [InlineData("镇武装部民兵训练器材管理办法", "训练器材由武装部统一保管，保管员每年与武装部签订器材安全责任书。")]
    [InlineData("县人武部公务车辆管理规定", "一、公务车辆由保障科统一调度。\n二、驾驶员每年与保障科签订交通安全责任书。")]
    [InlineData("县人民武装部公务车辆管理规定", "一、公务车辆由保障科统一调度。\n二、驾驶员每年与保障科签订交通安全责任书。")]
    [InlineData("县人武部机关食堂管理规定", "食堂由后勤科负责管理，炊事员上岗前签订食品安全承诺书。")]
    [InlineData("县医院药品库房管理规定", "一、药品库房由药剂科负责管理，实行双人双锁。\n二、库房管理员上岗前与药剂科签订安全管理责任书。")]
    [InlineData("县水利局档案室管理规定", "一、档案室由办公室负责管理。\n二、管理员上岗前与办公室签订安全管理责任书，明确岗位责任。")]
    public void ABodysOwnRulesForItsOwnStaff_PutNothingOnTheVillage(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    [InlineData("县人武部关于做好民兵整组工作的通知", "各村：\n各村党支部书记与镇武装部签订民兵整组工作责任书，年底前完成。")]
    [InlineData("镇武装部关于征兵工作的通知", "各村：\n各村要与镇武装部签订征兵工作责任书，完不成任务的实行一票否决。")]
    public void TheArmedForcesDepartmentAskingVillagesToSign_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    // A state farm writing to its own sub-farms, work areas and stations.
    [Theory]
    [InlineData("县国营红星农场关于落实安全生产责任的通知", "各分场、各生产站：\n场长与各分场场长签订安全生产责任书，分场内发生安全事故的，依照农场内部规定追究分场场长责任。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县国营红星农场关于落实安全生产责任的通知", "各分场、各生产站：\n场长与各分场场长签订安全生产责任书，分场内发生安全事故的，依照农场内部规定追究分场场长责任。", PrecheckRules.ProhibitedItem)]
    [InlineData("县国有林场关于加强护林巡查的通知", "各工区、各护林站：\n护林员巡山时使用APP记录轨迹，场部每周对各工区的巡护里程进行排名。", PrecheckRules.AppCheckIn)]
    [InlineData("县国有林场关于加强护林巡查的通知", "各工区、各护林站：\n护林员巡山时使用APP记录轨迹，场部每周对各工区的巡护里程进行排名。", PrecheckRules.AssessmentBan)]
    [InlineData("县国有牧场关于落实草原防火责任的通知", "各分场：\n场部与各分场签订草原防火责任书，各分场每月开展一次扑火演练。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县国营渔场关于加强水面巡护的通知", "各管护站：\n场长与各管护站站长签订水面安全责任书，巡护人员每天在APP上打卡。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县国有苗圃林场关于落实防汛责任的通知", "各分场、各管护站：\n场部与各分场负责人签订防汛安全责任书，发生安全事故的，场部依照内部规定追究分场负责人责任。", PrecheckRules.ProhibitedItem)]
    public void AStateFarmsPaperToItsOwnUnits_GovernsItsOwnWork(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("县国有林场关于落实森林防火责任的通知", "各村委会：\n各村与林场签订森林防火责任书，村内发生森林火灾的，追究村干部责任。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县国有林场关于落实森林防火责任的通知", "各村委会：\n各村与林场签订森林防火责任书，村内发生森林火灾的，追究村干部责任。", PrecheckRules.ProhibitedItem)]
    [InlineData("县国有林场关于落实森林防火责任的通知", "各分场、各管护站：\n场长与各分场场长签订森林防火责任书；林区周边各村也要与分场签订森林防火责任书。", PrecheckRules.PledgeOrVeto)]
    public void AStateFarmAskingTheVillages_StillFires(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);

    // 此前已由村级收取的，一律退还缴费人，由县某局重新核定: the new handling is the body's, the collection stays undone.
    [Theory]
    [InlineData("关于规范农村供水水费收缴的通知", "各乡镇人民政府、县供水公司：\n此前已由村级代收的，一律退还缴费户，由县供水公司重新核定收取。")]
    [InlineData("关于规范有线电视收视费收缴的通知", "各乡镇人民政府：\n此前已由各村收取的，全部退还缴费农户，由县广电网络公司重新登记。")]
    [InlineData("关于规范城乡居民医保费征缴的通知", "各乡镇人民政府：\n此前已由村委会代收的，一律退还缴费人，由县税务局重新办理。")]
    [InlineData("关于规范农村卫生保洁费收取的通知", "各乡镇人民政府：\n此前已由村级收取的，一律退还缴费群众，改由县环卫所重新核定。")]
    [InlineData("关于规范农村土地测绘费收取的通知", "各乡镇人民政府：\n之前已由村里收取的，全部退还缴费群众，由县自然资源局重新委托测绘机构办理。")]
    public void ACollectionReturned_WithTheNewHandlingGivenToAnotherBody_StaysUndone(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于规范农村供水水费收缴的通知", "各乡镇人民政府：\n此前已由村级代收的，一律退还缴费户，由各村重新核定收取。")]
    [InlineData("关于规范农村卫生保洁费收取的通知", "各乡镇人民政府：\n此前已由村级收取的，一律退还缴费群众，今后继续由村级按月收取。")]
    [InlineData("关于规范城乡居民医保费征缴的通知", "各乡镇人民政府：\n此前已由村委会代收的，一律退还缴费人，由村委会重新代收。")]
    public void ACollectionAskedAgainOfTheVillage_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // 近期个别村在…巡查中罚款…。村委会不承担…的处罚职能: a practice recounted, then the villages denied the power for it.
    [Theory]
    [InlineData("关于规范村级禁渔工作职责的通知", "各村委会：\n近期，个别村在禁渔巡查中没收渔民渔具、收取罚款，群众反映强烈。现明确如下：\n一、村委会不承担禁渔执法职能，对非法捕捞的处罚由县农业综合执法大队实施。\n二、各村做好禁渔宣传，发现非法捕捞及时报告。")]
    [InlineData("关于规范社区烟花爆竹禁放工作的通知", "各社区居委会：\n近期，个别社区在禁放巡查中对燃放户罚款，引发居民不满。现明确如下：\n一、社区不承担烟花爆竹禁放的行政处罚职能，违规燃放由公安派出所依法处理。\n二、各社区做好禁放宣传。")]
    [InlineData("关于规范村级禁牧工作的通知", "各村委会：\n近期，有的村在禁牧巡查中对牧户罚款，群众意见较大。\n一、村委会不承担禁牧的行政处罚职能，违规放牧由县林草执法大队查处。\n二、各村做好禁牧政策宣传。")]
    [InlineData("关于规范村级违法占地巡查工作的通知", "各村委会：\n近期，个别村在土地巡查中对违法占地行为罚款，群众反映强烈。\n一、村委会不承担违法占地行为的罚款职能，由县自然资源执法大队依法查处。\n二、各村发现违法占地及时报告。")]
    [InlineData("关于规范社区养犬管理工作的通知", "各社区：\n前段时间，个别社区在文明养犬巡查中对违规养犬行为罚款。\n一、社区不负责违规养犬行为的罚款，违规养犬由公安机关依法处罚。\n二、各社区做好文明养犬宣传。")]
    public void APracticeRecounted_ThenDeniedToTheVillages_IsEnded(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("关于加强村级禁渔工作的通知", "各村委会：\n近期，个别村在禁渔巡查中没收渔民渔具，效果明显。\n一、各村要继续加强禁渔执法，对非法捕捞的一律罚款。")]
    [InlineData("关于加强村级禁牧工作的通知", "各村委会：\n近期，个别村未按要求开展禁牧巡查，违规放牧多发。\n一、各村要加强禁牧巡查，对违规放牧的牧户予以罚款。")]
    [InlineData("关于规范村级禁渔工作职责的通知", "各村委会：\n近期，个别村在禁渔巡查中没收渔民渔具、收取罚款，群众反映强烈。\n一、村委会不承担禁渔执法职能。\n二、各村要继续开展禁渔巡查，对非法捕捞的处以罚款。")]
    public void APracticeRecountedAndAskedAgain_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    // …发现X等情况，拍照后报…: a clause opening with the act goes on from the clause before it; a photo of what was found is a report.
    [Theory]
    [InlineData("关于加强河道日常巡护的通知", "各村：\n各村做好护河宣传，日常发现河面漂浮物、岸边垃圾堆放等情况，拍照后报镇河长办。")]
    [InlineData("关于做好病死禽处置的通知", "各村：\n各村做好防疫宣传，平时发现病死禽乱丢乱弃的，拍照后报镇畜牧兽医站。")]
    [InlineData("关于加强农村道路管护的通知", "各村：\n各村做好爱路护路宣传，发现路面塌陷、护栏损坏等情况，拍照后报县公路段。")]
    [InlineData("关于加强文物保护的通知", "各村：\n各村做好文物保护宣传，日常发现古建筑墙体开裂、构件丢失等情况，拍照后报县文物所。")]
    [InlineData("关于加强耕地保护的通知", "各村：\n各村做好耕地保护政策宣传，发现乱占耕地建房的，拍照后报镇自然资源所。")]
    public void APhotoOfWhatWasFound_ReportsIt(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("关于加强河道日常巡护的通知", "各村：\n各村每天巡河一次，巡河结束后，拍照后报镇河长办。")]
    [InlineData("关于加强农村道路管护的通知", "各村：\n各村每周对村道开展一次保洁，保洁完成后，拍照后报县公路段。")]
    [InlineData("关于加强耕地保护的通知", "各村：\n各村每天巡田一次，拍照后报镇自然资源所。")]
    public void APhotoOfTheVillagesOwnRound_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);
}
