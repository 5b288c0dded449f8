using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 review (part B): evasion probes against the phase-23 rules that quiet withdrawals said after the
/// practice, penalised cases, papers that say whom they assess, a body's own staff addressed, certificate-list papers,
/// 也未, voluntary sign-ups, the public's own check-ins, photos kept or listed as content, and what is seen (看到, 遇到).
/// Each sentence is written for these tests: a department using the same shape to put the banned work on the villages
/// anyway. Every probe must be refused and fire its rule.
/// </summary>
public sealed class Phase23ReviewBTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Refused(string title, string description, string rule)
    {
        fixture.AssertFires(title, description, rule);
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));
        Assert.True(result.Outcome == PrecheckOutcome.Rejected, fixture.Explain(title, description));
    }

    // "A withdrawal that puts a new practice in the old one's place (改为, 改由, 换成 …) demands the new one, in minutes or a
    // 通报 as in a directive: the paper's own new demand."
    [Theory]
    [InlineData("镇党政联席会议纪要", "会议通报：镇里原定的村级卫生评比已于3月撤销，改为每季度对各村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负工作进展情况的通报", "各镇（街道）：\n原巡河照片上传要求已不再使用，改为各村每天在小程序打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("镇财税工作专题会议纪要", "会议明确：原委托镇财政所代征零星税款的做法已于今年终止，改由各村委会代征集贸市场零星税款。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于村级组织减负情况的通报", "各镇（街道）：\n各村原来签订的安全生产责任状已经取消，换成各村书记每年签订安全承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("镇防汛工作会议纪要", "原纸质值班表已停止报送，改为各村干部每天在钉钉定位签到。", PrecheckRules.AppCheckIn)]
    public void AReplacementAfterAWithdrawal_IsTheNewDemand(string title, string description, string rule) =>
        Refused(title, description, rule);

    // Probes of the withdrawal said after the practice and of 不用做了.
    [Theory]
    [InlineData("关于调整村级评比的通知", "各村：\n原月度评比已于上月撤销，今后各村按季度评比排名，结果全镇通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于巡查工作的通知", "各村：\n镇里原来的晒照片要求已于5月取消，但各村仍需每天把巡查照片发到群里。", PrecheckRules.AppCheckIn)]
    [InlineData("镇应急办工作群消息", "各村：昨天说的报表不用做了，改成每天中午前在群里接龙报值班人数。", PrecheckRules.AppCheckIn)]
    [InlineData("镇安监办工作群消息", "各村：之前说的台账不用做了，明天各村书记到镇里签订安全目标责任书。", PrecheckRules.PledgeOrVeto)]
    public void AWithdrawalThatAsksAgain_StillFires(string title, string description, string rule) =>
        Refused(title, description, rule);

    // Probes of the penalised case (…的，每次扣N分) and of a paper that says whom it assesses.
    [Theory]
    [InlineData("镇对村年度考核细则", "未按要求在工作群打卡签到的村（社区），每次扣0.5分。", PrecheckRules.AppCheckIn)]
    [InlineData("镇对村年度考核细则", "镇里对村（社区）检查时发现未签订安全责任状的，每次扣1分。", PrecheckRules.PledgeOrVeto)]
    [InlineData("区级部门年度绩效考核细则（节选）", "区级部门要求村（社区）签订目标责任状的，每次扣1分；村（社区）未每天在APP打卡的，每次扣1分。", PrecheckRules.AppCheckIn)]
    [InlineData("区2027年度镇（街道）考核办法", "本办法用于区对镇（街道）的考核。各镇（街道）要对所辖村（社区）每月考核排名，结果全镇通报。", PrecheckRules.AssessmentBan)]
    [InlineData("区委督查室督查计划", "督查对象为各镇（街道）。各镇（街道）要对所辖村（社区）逐一打分，按村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("县乡村振兴局评估方案", "评估对象为各乡镇。各乡镇对辖区各村进行评估打分，按得分高低排名通报。", PrecheckRules.AssessmentBan)]
    public void AnAssessmentThatStillScoresTheVillages_Fires(string title, string description, string rule) =>
        Refused(title, description, rule);

    // Probes of a body's own staff addressed, certificate-list papers and 也未.
    [Theory]
    [InlineData("信用社营业部工作群消息", "各位客户经理：请通知各村协理员，各村每天在群里签到并发送入户照片。", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范村级证明事项开具工作的通知", "各村：\n村级证明事项按清单出具，居民办理低保需要的收入证明一律由村委会出具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("区住建局关于减负工作情况的汇报", "区委减负办：\n我局未向村（社区）下达考核任务，也未要求村里拍照。下一步请各村每周上传巡查照片到APP。", PrecheckRules.AppCheckIn)]
    public void AnAddresseeListOrReportThatStillDemands_Fires(string title, string description, string rule) =>
        Refused(title, description, rule);

    // Probes of a voluntary sign-up, 有意…的村 and the public's own check-in.
    [Theory]
    [InlineData("关于开展健步走活动的通知", "各村：\n村干部自愿报名，报名后每天在小程序打卡步数，镇里每周通报各村打卡情况。", PrecheckRules.AppCheckIn)]
    [InlineData("关于举办村级篮球赛的通知", "各村：\n有意参赛的村请在本群接龙报名，未报名的村年终考核扣2分。", PrecheckRules.AssessmentBan)]
    [InlineData("关于赏花季游客服务的通知", "各村：\n游客扫码打卡可领取纪念品，请各村每天统计游客打卡人数并截图上报镇文旅办。", PrecheckRules.AppCheckIn)]
    [InlineData("区总工会关于职工登山打卡活动的通知", "各社区：\n职工自愿报名参加登山打卡，各社区每周上报本社区职工打卡截图。", PrecheckRules.AppCheckIn)]
    [InlineData("关于桃花节的推文", "快来桃花村打卡吧！节日期间村干部每天到景区门口打卡值守。", PrecheckRules.AppCheckIn)]
    public void AChoiceOrThePublicsOwnCheckInThatStillBindsTheVillages_Fires(string title, string description, string rule) =>
        Refused(title, description, rule);

    // Probes of a photo kept by the village or listed as content, and of a photo of what is seen.
    [Theory]
    [InlineData("关于入户走访工作的通知", "各村：\n村干部入户走访时拍照自行存档，年底统一报镇里汇总。", PrecheckRules.AppCheckIn)]
    [InlineData("关于闲置农房摸底的通知", "请各村上报闲置农房情况（位置、面积、现状照片），此后每月更新一次。", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡河工作的通知", "各村巡河后拍照自己存档，镇河长办每月底逐村查看。", PrecheckRules.AppCheckIn)]
    [InlineData("关于网格巡查的通知", "网格员每天巡查，遇到问题拍照上传APP，没有问题也要拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("关于消防安全入户的通知", "各村：\n在入户时看到火灾隐患，可以拍照发给镇安办；每次入户都要拍照留痕上传。", PrecheckRules.AppCheckIn)]
    public void APhotoThatStillProvesWork_Fires(string title, string description, string rule) =>
        Refused(title, description, rule);

    // What the mends must not do: a replacement that puts the practice on no village, a withdrawal that asks nothing new, a
    // penalised case that punishes the practice done to the villages, a photo the village keeps and sends to no one.
    [Theory]
    [InlineData("镇党政联席会议纪要", "会议通报：镇里原定的村级卫生评比已于3月撤销，改为镇里对各站所服务情况自查。", PrecheckRules.AssessmentBan)]
    [InlineData("镇党政联席会议纪要", "会议通报：镇里原定的村级卫生评比已于3月撤销，改为由镇统一组织，不再对各村排名。", PrecheckRules.AssessmentBan)]
    [InlineData("镇综治办工作群消息", "各村：昨天说的出租屋接龙不用做了，镇里直接从平台导出数据。", PrecheckRules.AppCheckIn)]
    [InlineData("街道关于代表建议的答复", "区人大代表：\n您的建议收悉，现答复如下：街道对村的年度考核已取消排名，改为村民满意度测评。", PrecheckRules.AssessmentBan)]
    [InlineData("区级部门年度绩效考核细则（节选）", "区级部门未经准入要求村（社区）签订目标责任状的，每次扣1分。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于村务公开的通知", "各村：\n公开栏更新后拍照自行存档即可，不用发群。", PrecheckRules.AppCheckIn)]
    public void WhatTheMendsLeaveQuiet(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);
}
