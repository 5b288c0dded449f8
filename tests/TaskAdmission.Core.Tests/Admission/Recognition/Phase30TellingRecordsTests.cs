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
    [InlineData(SchoolMinutes, "2027年4月8日，学校召开行政会议。会议决定：\n一、修订班主任年度考核办法，将家访工作纳入班主任考核。\n二、教师外出家访统一在学校APP打卡。")]
    // A centre's own supervision meeting: its workers check in on its own app, and no longer ask the village's cadres.
    [InlineData("松溪区和美社工服务中心项目例会纪要", "参会：项目主管及各点位社工\n会议决定：一、社工外出走访统一在机构APP打卡，走访记录由社工本人录入，不再请村干部代为拍照。")]
    public void AnInstitutionsOwnMinutes_RateAndCheckInItsOwnStaff(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);
    }

    [Theory]
    // The minutes rank the villages.
    [InlineData(SchoolMinutes, "会议决定：对各村控辍保学工作进行月度考核排名，结果通报全镇。")]
    // The minutes dock the village committee as well as rating the teachers.
    [InlineData(SchoolMinutes, "会议决定：将劝返工作纳入班主任考核，所在村委会未配合劝返的，扣减村委会年度考核分。")]
    public void AnInstitutionsMinutesThatRateTheVillages_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The minutes hand the check-in to the villages.
    [InlineData(SchoolMinutes, "会议决定：由各村每天在APP打卡上报劝返情况。")]
    public void AnInstitutionsMinutesThatHandTheCheckInToTheVillages_StillFire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The village's own resolution applies to a higher level for its subsidy and submits its plan to the township's station.
    [InlineData("杏花村关于修建村组便道“一事一议”筹资筹劳的决议", "杏花村召开村民代表会议，应到代表30人，实到27人，表决通过如下决议：\n一、项目总投资约7.2万元，申请上级财政奖补4万元，其余由受益农户按每户200元筹资；\n二、方案报镇经管站审核后实施。\n杏花村村民委员会")]
    public void AVillagesOwnResolution_ThatAppliesUpward_IsItsOwn(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A "resolution" in which the township sets the village an investment target.
    [InlineData("杏花村关于修建村组便道“一事一议”筹资筹劳的决议", "杏花村召开村民代表会议，表决通过如下决议：\n一、项目总投资约7.2万元，申请上级财政奖补4万元；\n二、镇里要求本村年内完成招商引资任务300万元。\n杏花村村民委员会")]
    public void AResolutionCarryingAHigherLevelsTarget_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village's own meeting sets the price of the meals its own canteen serves.
    [InlineData("枫林村村民代表会议纪要（老年食堂事项）", "时间：2027年5月6日\n会议议定：\n一、老年食堂就餐费用。经讨论，同意七十岁以上在食堂就餐老人每餐收取餐费2元，不足部分由村集体补助。表决结果：同意25人。\n记录人：王某")]
    public void AVillagesOwnMealPrice_IsNoLevy(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The meal money is handed on to the township's finance office.
    [InlineData("枫林村村民代表会议纪要（老年食堂事项）", "会议议定：\n一、在老年食堂就餐的七十岁以上老人每餐收取餐费2元，收取的餐费每月上交镇财政所。表决结果：同意25人。\n记录人：王某")]
    // The township demands a levy beside the meals.
    [InlineData("枫林村村民代表会议纪要（老年食堂事项）", "会议议定：\n一、按镇里要求，向每户收取餐费和卫生费各20元。表决结果：同意25人。\n记录人：王某")]
    public void AMealPriceHandedOnOrDemandedFromOutside_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);
}
