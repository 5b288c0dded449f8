using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 review (part A): evasion probes against the quieting rules phase 23 added (papers that forbid, say
/// who issues, tell of other bodies' acts; papers asked of villagers by outside bodies, campaigns). In each, a department
/// uses the shape a rule quiets to put the banned work on the villages anyway, so it must fire. Every sentence is written
/// for these tests.
/// </summary>
public sealed class Phase23ReviewATests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    // "个别部门要求村里报送台账 tells of another's demand; 各村须每周上传照片 after it, with the villages as subject and a modal
    // of its own, is the paper's demand."
    [Theory]
    [InlineData("各乡镇：\n个别部门要求村里报送工作台账，各村须每周在APP上传工作照片。")]
    [InlineData("各乡镇：\n有的站所要求村里填报报表，各村要每天在APP打卡签到。")]
    [InlineData("各乡镇：\n个别单位让村干部填写台账，各村必须每天上传巡河照片。")]
    [InlineData("各乡镇：\n个别部门要求村（社区）报送材料，村（社区）应每日在APP定位打卡。")]
    public void ANewDemandWithItsOwnModalAfterAReportedOne_Fires(string description) =>
        Fires("关于减轻村级负担的通知", description, PrecheckRules.AppCheckIn);

    [Theory]
    // The second clause carries on the reported body, or is the paper's own refusal.
    [InlineData("各乡镇：\n个别部门要求村里报送工作台账，还要求各村每周在APP上传工作照片。此类做法一律纠正。")]
    [InlineData("各乡镇：\n个别部门要求村里每天在APP打卡，各村不再打卡。")]
    public void AReportedDemandCarriedOnOrRefused_StaysQuiet(string description) =>
        Quiet("关于减轻村级负担的通知", description, PrecheckRules.AppCheckIn);

    // "不再统计知晓率，各村每天上报入户照片 stops one act and demands another: the villages open a new clause."
    [Theory]
    [InlineData("各乡镇：\n不再统计群众知晓率，各村每天在APP上传入户照片。")]
    [InlineData("各乡镇：\n停止报送纸质台账，各村每天在APP打卡签到。")]
    [InlineData("各乡镇：\n取消纸质签到，村（社区）干部每天在APP定位打卡。")]
    [InlineData("各乡镇：\n今后不再要求村里报送纸质台账，各村每天在APP上传巡查照片。")]
    public void AStoppedActFollowedByTheVillagesActingAnew_Fires(string description) =>
        Fires("关于减轻村级负担的通知", description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("各乡镇：\n不再要求村里每天在APP打卡，各村干部不再上传巡查照片。")]
    [InlineData("各乡镇：\n停止在APP对村干部定位打卡，各村干部在岗情况由镇纪委抽查。")]
    public void AStoppedActFollowedByNoNewDemand_StaysQuiet(string description) =>
        Quiet("关于减轻村级负担的通知", description, PrecheckRules.AppCheckIn);

    // Probes against phase 23's quieting shapes: the same shape, used to put banned work on the villages anyway.
    [Theory]
    // A hand-over told as some townships' practice, then the villages given the work with a modal.
    [InlineData("关于推广经验做法的通知", "各乡镇：\n有些乡把招商任务交给村里，各村要完成招商引资指标200万元。", PrecheckRules.ProhibitedItem)]
    // A negation before another body, then the villages.
    [InlineData("县商务局工作要点", "二、招商引资指标不向乡镇机关分配，向各行政村分配，每村100万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("县商务局工作要点", "二、招商引资任务不再由部门承担，分解到各村，每村100万元。", PrecheckRules.ProhibitedItem)]
    // A body after a condition that hands the act to the village.
    [InlineData("关于私搭乱建查处的通知", "各村：\n发现违法建设的，乡执法队交由村委会立案查处。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于私搭乱建查处的通知", "各村：\n群众举报违建的，由村委会负责立案查处。", PrecheckRules.ProhibitedItem)]
    // 并 after a prohibition of another body's act, then a demand on the village.
    [InlineData("关于规范满意度调查的通知", "各乡镇：\n不得要求群众重复填写问卷，并请各村每天在APP上传入户照片。", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范满意度调查的通知", "各乡镇：\n不得代群众填写问卷，各村并须每日在APP上传入户照片。", PrecheckRules.AppCheckIn)]
    // Not carried out / refunded, then the village made to collect.
    [InlineData("关于保费收缴的通知", "各村：\n市里通知“由村委会代收保费”一条，本乡暂不执行，改由各村委会每户收取保证金200元。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于保证金的通知", "各村：\n之前收取的护林保证金统一退还村民，今后由村委会每户收取保证金100元。", PrecheckRules.ProhibitedItem)]
    // 停用 / 改用: the old tool stopped, the check-in moved to a new one.
    [InlineData("关于巡河管理的通知", "各村：\n停用纸质巡河台账，改为村干部每天在APP定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡河管理的通知", "各村：\n停用旧版APP，村干部每天在新版APP签到打卡。", PrecheckRules.AppCheckIn)]
    // A fact checked, then put on paper by the village.
    [InlineData("关于高龄补贴发放的通知", "各村：\n请各村核对高龄老人是否健在，由村委会开具健在证明后报乡民政办。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于高龄补贴发放的通知", "各村：\n请村委会了解老人生活情况，并出具生活情况证明。", PrecheckRules.ProhibitedCertificate)]
    // An interview the village's cadres receive.
    [InlineData("关于安全生产约谈的通知", "各村：\n事故多发的村，村支部书记须到乡安监站接受约谈，并签订安全生产责任书。", PrecheckRules.PledgeOrVeto)]
    // By duties: the village's duties named, the act the village's.
    [InlineData("关于违法用地查处的通知", "各村：\n违法用地的调查和立案，按各村职责由村委会负责办理。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于违法用地查处的通知", "各村：\n违法用地的调查和立案，按县自然资源局职责要求，由各村负责实施。", PrecheckRules.ProhibitedItem)]
    // 证明所: a certificate the village issues of what the applicant sells.
    [InlineData("关于苗木调运的通知", "各村：\n调运苗木须附村委会出具的证明所售苗木来源的证明。", PrecheckRules.ProhibitedCertificate)]
    // Firms in the villages, beside the villages themselves ranked.
    [InlineData("关于营商环境评比的通知", "各乡镇：\n对各村企业服务工作和各村招商成效按月评比排名。", PrecheckRules.AssessmentBan)]
    // 来村: cadres who come to the village are still the village's cadres checking in.
    [InlineData("关于驻村工作的通知", "各村：\n村干部每天来村委会后在APP定位打卡。", PrecheckRules.AppCheckIn)]
    // A campaign whose villages the township enters.
    [InlineData("关于创建活动的通知", "各乡镇：\n各乡镇要动员所辖行政村全部参加文明村创建，创建情况纳入年终考核排名。", PrecheckRules.AssessmentBan)]
    public void AQuietingShapeUsedToPutBannedWorkOnTheVillages_Fires(string title, string description, string rule) =>
        Fires(title, description, rule);
}
