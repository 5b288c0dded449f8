using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 26 review: evasion probes against the rules phase 26 generalised (who is ranked or assessed, who does
/// the act, papers that repeal, cancel or explain a demand, money the village does not collect). In each, the shape a
/// rule quiets carries banned work onto the villages anyway, so it must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase26ProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Honours for families, with each village's count of families scored and ranked.
    [InlineData("关于开展文明家庭推选的通知", "各镇妇联：\n今年推选一批文明家庭。各村推荐家庭的户数计入对村年度考核，按村排出名次后全区通报。", PrecheckRules.AssessmentBan)]
    // A bureau's assessment of its own staff that ranks the villages by what they sent.
    [InlineData("区农业农村局本局人员年终考评细则", "考评对象为本局在编人员。同时，对各村报送农情数据的及时率按村打分，每季度排名并通报。", PrecheckRules.AssessmentBan)]
    // Guards hired by a bureau, their failures charged to the village cadres' pay by the bureau itself.
    [InlineData("生态护林员管理细则", "区林业局聘用护林人员并按月支付其报酬。护林人员巡山缺勤的，由区林业局扣减所在村村干部的绩效报酬。", PrecheckRules.AssessmentBan)]
    // The party secretaries' yearly review turned into a ranking of the villages.
    [InlineData("关于开展村支部书记年终述职评议的通知", "各镇党委：\n评议结果按村排出名次，名次靠后的三个村到镇干部大会上检讨发言，当年不得参加评优。", PrecheckRules.AssessmentBan)]
    public void WhoIsRanked_TheVillagesStillAre_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The enforcement team decides, the villages tear down.
    [InlineData("关于沿河违建处置的通知", "各村：\n沿河乱搭乱建由区执法部门负责认定，认定后由各村组织人员在十日内拆除到位。", PrecheckRules.ProhibitedItem)]
    // The market office inspects, the villages order corrections and fine.
    [InlineData("镇监管所关于赶集日食品检查的安排", "各村：\n食品检查由所里负责；检查发现问题的，各村负责责令商户整改并处以罚款。", PrecheckRules.ProhibitedItem)]
    // The office inspects, the villages' grid staff post photos daily.
    [InlineData("监管所工作群里的通知", "各村：本周所里到各村集市检查，请各村的网格员每日在群里上传本村集市的巡查照片，晚八点前传齐。", PrecheckRules.AppCheckIn)]
    // A purchased guard company, with the village cadres checking in at the post every day.
    [InlineData("卡口值守服务项目说明", "值守服务由中标公司派员承担。各村村干部每天须到本村卡口定位打卡，镇里每日通报打卡情况。", PrecheckRules.AppCheckIn)]
    public void WhoDoesTheAct_TheVillageStillDoesIt_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A repeal that re-imposes the same pledge under another name.
    [InlineData("关于废止一批旧文件的通知", "各村：\n废止2019年印发的安全生产责任书制度。从今天起，各村须每年初向镇里交一份安全生产承诺书。", PrecheckRules.PledgeOrVeto)]
    // A daily sign-in cancelled for a twice-weekly located check-in.
    [InlineData("关于调整信息员签到方式的通知", "各村：\n取消信息员每日签到，改为每周二、周五在APP上定位打卡两次，镇里每月通报。", PrecheckRules.AppCheckIn)]
    // A clean-up of certificates that keeps one the list bans.
    [InlineData("关于减少村里开具证明的通知", "各村：\n以下证明不再由村出具：亲属关系、居住情况。确需证明本人没有犯罪记录的，仍请村委会开具证明、盖上公章。", PrecheckRules.ProhibitedCertificate)]
    // An explanation that the office checks its systems — and still asks the village for the paper.
    [InlineData("关于婚姻状况核实方式的说明", "婚姻状况原则上由民政部门系统查询；系统查询不到的，婚姻状况证明改由村委会开具。", PrecheckRules.ProhibitedCertificate)]
    public void RepealedOrExplained_TheDemandComesBack_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The village collecting a department's premium from every household.
    [InlineData("本村关于缴纳医保费的公告", "全体村民：\n按镇里下达的任务，村会计要逐户收取城乡居民医保费，月底前统一上缴镇里。", PrecheckRules.ProhibitedItem)]
    // A "voluntary" donation with a quota for each village.
    [InlineData("慈善一日捐倡议书", "全区干部群众：\n本次捐款自愿参加。各村认捐额不少于五千元，捐款情况按村排名通报。", PrecheckRules.ProhibitedItem)]
    // Helping villagers pay, by collecting their cash by a deadline.
    [InlineData("关于协助农户缴养老保险费用的安排", "各村：\n请各村协助农户缴费，由村干部在月底前上门收取现金，统一交给镇财政所。", PrecheckRules.ProhibitedItem)]
    public void MoneyTheVillageDoesNotCollect_UnlessItDoes_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A finding told with the handling already done is reported, not demanded.
    [InlineData("区减负办督查情况通报", "检查发现个别部门要求各村的网格员每日拍照发群的，已当场纠正。", PrecheckRules.AppCheckIn)]
    [InlineData("区减负办督查情况通报", "检查发现个别部门要求各村的网格员每日拍照发群的，均已责令停止。", PrecheckRules.AppCheckIn)]
    public void AFindingToldWithItsHandling_IsReported_NotDemanded(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // A bureau docking the pay of people it hired itself: no village named inside the act.
    [InlineData("生态护林员管理细则", "护林员巡山缺勤的，由区林业局扣减其本人的劳务报酬。", PrecheckRules.AssessmentBan)]
    public void ABodyDockingThePayOfItsOwnPeople_IsNoSanctionOnTheVillage(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);

    [Theory]
    // Another body docks the pay, but of the village cadres the act names: done to the village.
    [InlineData("区林业局关于护林考核的通知", "区林业局扣减各村两委成员的绩效报酬。", PrecheckRules.AssessmentBan)]
    [InlineData("区林业局关于护林考核的通知", "对护林不力的，区林业局扣发村干部的绩效工资。", PrecheckRules.AssessmentBan)]
    public void AnotherBodyDockingTheVillageCadresPay_IsASanctionOnTheVillage(string title, string description, string rule) =>
        fixture.AssertFires(title, description, rule);
}
