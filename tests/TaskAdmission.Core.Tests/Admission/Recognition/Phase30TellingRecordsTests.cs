using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 30 (helper s30-3): papers that record rather than task, and a body's or the village's own work. The record
/// of an institution's own meeting (a school, a hospital, a centre) deciding its own staff's rating or its own check-in app;
/// a village's own 一事一议 resolution that applies to a higher level for its subsidy and submits its plan for review; the
/// price a village's own meeting sets for the meals of its own canteen. Beside each quieting shape, the same shape used to
/// put the banned work on the villages must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase30TellingRecordsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private const string SchoolMinutes = "柳河县第二中学家校联系工作会议纪要";

    [Theory]
    // A school's own meeting rates its own teachers and has them check in on its own app.
    [InlineData(SchoolMinutes, "2027年4月8日，本校行政例会研究家访事宜。会议决定：\n一、修订班主任学年考核办法，家访次数计入班主任考核。\n二、教师外出家访统一在学校APP打卡。")]
    // A centre's own supervision meeting: its workers check in on its own app, and no longer ask the village's cadres.
    [InlineData("松溪区和美社工服务中心项目例会纪要", "参会：项目主管及各点位社工\n会议决定：一、社工外出走访统一在机构APP打卡，走访日志由社工自己填报，不再请村干部代为拍照。")]
    public void AnInstitutionsOwnMinutes_RateAndCheckInItsOwnStaff(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);
    }

    [Theory]
    // The minutes rank the villages.
    [InlineData(SchoolMinutes, "会议决定：对各村劝学返校情况按月考核排名，名次通报全镇。")]
    // The minutes dock the village committee as well as rating the teachers.
    [InlineData(SchoolMinutes, "会议决定：家访次数计入班主任考核，学生所在村委会不配合家访的，扣减该村委会年度考核分。")]
    public void AnInstitutionsMinutesThatRateTheVillages_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The minutes hand the check-in to the villages.
    [InlineData(SchoolMinutes, "会议决定：由各村每天在APP打卡上报学生返校情况。")]
    public void AnInstitutionsMinutesThatHandTheCheckInToTheVillages_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The village's own resolution applies to a higher level for its subsidy and submits its plan to the township's station.
    [InlineData("杏花村关于修建村组便道“一事一议”筹资筹劳的决议", "3月9日杏花村开村民代表会，到会代表27名，表决通过如下决议：\n一、便道总投资约7.2万元，申请上级财政奖补4万元，缺口由沿线农户按每户200元筹资；\n二、方案报镇经管站审批后动工。\n杏花村村民委员会")]
    public void AVillagesOwnResolution_ThatAppliesUpward_IsItsOwn(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A "resolution" in which the township sets the village an investment target.
    [InlineData("杏花村关于修建村组便道“一事一议”筹资筹劳的决议", "3月9日杏花村开村民代表会，表决通过如下决议：\n一、便道总投资约7.2万元，申请上级财政奖补4万元；\n二、镇里要求本村年内引进招商项目资金300万元。\n杏花村村民委员会")]
    public void AResolutionCarryingAHigherLevelsTarget_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village's own meeting sets the price of the meals its own canteen serves.
    [InlineData("枫林村村民代表会纪要（长者饭堂事项）", "时间：2027年5月6日\n会议议定：\n一、长者饭堂的收费。经讨论，同意七十岁以上来饭堂吃饭的老人每餐收取餐费2元，差额由集体收入补贴。表决结果：同意25人。\n记录人：王某")]
    public void AVillagesOwnMealPrice_IsNoLevy(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The meal money is handed on to the township's finance office.
    [InlineData("枫林村村民代表会纪要（长者饭堂事项）", "会议议定：\n一、来饭堂吃饭的老人每餐收取餐费2元，收取的餐费每月上交镇财政所。表决结果：同意25人。\n记录人：王某")]
    // The township demands a levy beside the meals.
    [InlineData("枫林村村民代表会纪要（长者饭堂事项）", "会议议定：\n一、按镇里要求，向每户收取餐费和卫生费各20元。表决结果：同意25人。\n记录人：王某")]
    public void AMealPriceHandedOnOrDemandedFromOutside_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    private const string CleanersRules = "松溪县河道保洁员管理考核办法";
    private const string CleanersHired = "第一条 本办法所称河道保洁员，是指由县水利局统一招聘、按月发放劳务补贴、负责指定河段日常保洁的人员。\n";

    [Theory]
    // A bureau's rules for the cleaners it hires and pays: their track records and their rating are the bureau's matter.
    [InlineData(CleanersRules, CleanersHired + "第二条 保洁员每天作业时使用县水利局配发的手持终端记录保洁轨迹。\n第三条 县水利局每季度对保洁员进行考核。")]
    public void ABodysRulesForThePeopleItPays_RateNoVillage(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
    }

    [Theory]
    // The cleaners are the village's own hires.
    [InlineData(CleanersRules, "第一条 本办法所称河道保洁员，是指由村委会招聘、承担本村河段日常保洁的人员。\n第二条 保洁员每天作业时使用手持终端记录保洁轨迹。")]
    // The rules also make the villages upload the tracks.
    [InlineData(CleanersRules, CleanersHired + "第二条 所在村要每天在APP上传保洁轨迹，县水利局每月对各村排名。")]
    public void RulesForTheVillagesHiresOrThatTaskTheVillages_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A station's scoring of its own year's work that also docks the villages.
    [InlineData("枫桥镇市场监管所2027年度工作考评细则", "项目｜分值｜说明\n电梯等特种设备安全｜20｜各村按季度完成检查，未完成的村扣分\n消费投诉处理｜20｜限时办结")]
    public void AStationsOwnScoringThatDocksTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);
}
