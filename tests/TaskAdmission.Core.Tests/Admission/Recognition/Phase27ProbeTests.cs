using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 27 review: evasion probes against the rules phase 27 added (a paper's stated scope, who makes a
/// check-in, an operator's own duty, a power denied, a demand judged next or carried from the body opening the sentence,
/// a team named by its work, things found on rounds, a work handed over, what a negation reaches, a village's name before
/// a counted class, a thing's position, the assessed object's head, 改由). In each, the shape a rule quiets carries banned
/// work onto the villages anyway, so it must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase27ProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A scope limited to the township's organs, then extended to the village cadres.
    [InlineData("关于机关考勤的通知", "本考勤制度只适用于乡政府机关干部。各村（社区）干部参照执行，每天早晚两次定位打卡。", PrecheckRules.AppCheckIn)]
    // The same, the extension in a sentence of its own and the check-in in the next, naming no one (quiet before the review).
    [InlineData("关于机关考勤的通知", "本考勤制度只适用于乡政府机关干部。各村（社区）干部参照本制度执行。每天早晚两次定位打卡，未打卡的扣减当月绩效。", PrecheckRules.AppCheckIn)]
    // Village cadres sent as tourists to check in and post screenshots.
    [InlineData("关于景区宣传的通知", "各村：请组织村干部以游客身份到西山景区打卡，并截图发到镇工作群，每村不少于10张。", PrecheckRules.AppCheckIn)]
    // A demand judged only to be carried out.
    [InlineData("关于村级工作的通报", "区里要求各村每天定位打卡并上传照片，该要求自即日起执行，请各村严格落实。", PrecheckRules.AppCheckIn)]
    // Photos and a located record, listed with 等.
    [InlineData("关于巡河工作的通知", "各村河长除拍照外，还须通过定位等方式在巡河平台留痕，每周不少于3次。", PrecheckRules.AppCheckIn)]
    // A vehicle's position, uploaded by the village.
    [InlineData("关于巡逻车管理的通知", "各村巡逻车的位置每小时上传一次平台，村治保主任专人盯守，漏传的通报批评。", PrecheckRules.AppCheckIn)]
    // Volunteers' sign-ins counted per village, screenshots to the township's group.
    [InlineData("关于实践站人气的通知", "请各村动员志愿者到文明实践站扫码签到，每村每周签到不少于50人次，签到截图当天发镇群。", PrecheckRules.AppCheckIn)]
    public void CheckIns_TheVillageStillMakesThem_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Fact]
    public void APaperLimitedToTheTownshipsOwnOrgans_IsQuiet() =>
        fixture.AssertQuiet("关于机关考勤的通知", "本考勤制度只适用于乡政府机关干部，每天早晚两次定位打卡，由镇党政办统计。", PrecheckRules.AppCheckIn);

    [Theory]
    // The firms' own duty named, the inspection and the order put on the villages.
    [InlineData("关于厂矿安全的通知", "各村：督促辖区厂矿压实其主体责任，同时由各村逐家上门安全检查，查出问题一律勒令停产。", PrecheckRules.ProhibitedItem)]
    // A power denied to the mediators, enforcement put on the villages in the same sentence.
    [InlineData("关于规范调解工作的通知", "各村调委会虽然没有罚款的权力，但各村要负责对违章搭建户进行查处并强制拆除。", PrecheckRules.ProhibitedItem)]
    // A bureau opening the sentence, its demand put on the village committees.
    [InlineData("关于开展农房安全排查的通知", "区住建委在本次排查中，要求各村委会对辖区农房逐户检查，对危房责令停止使用。", PrecheckRules.ProhibitedItem)]
    // A team named by its work, set up by the villages.
    [InlineData("关于做好交地工作的通知", "由各村成立征迁工作组，承担本村地界内房屋拆迁和补偿协商，确保按期交地。", PrecheckRules.ProhibitedItem)]
    // Found on the rounds, then stopped and torn down by the villages.
    [InlineData("关于违法建设管控的通知", "网格员每天走村时发现违法建设的，各村要立即制止、责令停工并组织拆除。", PrecheckRules.ProhibitedItem)]
    // A collection said to have been the villages' before, and kept on them.
    [InlineData("关于环境卫生工作的通知", "原由各村收取的卫生费，今年起仍由各村收取，按季上缴镇财政所。", PrecheckRules.ProhibitedItem)]
    // 改由 naming the villages.
    [InlineData("关于调整垃圾处理的通知", "各村：明年起垃圾处理费改由各村随水费一并收取，按月上缴镇环卫所。", PrecheckRules.ProhibitedItem)]
    // The villages named the responsible body for a sector's safety.
    [InlineData("关于农机监管的通知", "各村是本辖区农机安全的监管主体，对农机作业开展安全检查。", PrecheckRules.ProhibitedItem)]
    public void Enforcement_TheVillageStillDoesIt_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A negation of one way of ranking, and the villages ranked another way.
    [InlineData("关于考核办法的补充说明", "本次考核不按部门排名，而按各村得分高低排名并全镇通报。", PrecheckRules.AssessmentBan)]
    // A counted class of the villages' own service points, one village's ranked last.
    [InlineData("关于便民服务站评比的通报", "全镇评出星级便民服务站12个，石桥村便民服务站排名末位，由石桥村委会限期整改。", PrecheckRules.AssessmentBan)]
    // The villages' own grid staff ranked, the village named in the result.
    [InlineData("关于网格员考核的通知", "镇综治办对各村的网格员进行考核排名，名次靠后的村在全镇大会通报。", PrecheckRules.AssessmentBan)]
    public void Rankings_TheVillagesAreStillRanked_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}
