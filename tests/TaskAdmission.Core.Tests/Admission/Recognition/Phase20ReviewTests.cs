using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 20 (review): the rules phase 20 added to keep the pre-check quiet — boards taken down, a demand the
/// village may refuse, a withdrawal by reference, a qualified clean-up list, the village's own meeting or teams, a title's
/// public check-in, a vetting's team, a sign-in at a meeting, a list headed as not commissioned — each probed with sentences
/// of our own in which a department uses the same shape to put the banned work on the villages anyway (demo lists).
/// </summary>
public sealed class Phase20ReviewTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // mended: a described or met demand whose answer turns to telling the village to meet it after all (但须先予…, 仍须…).
    // mended: an item under a clean-up heading that the list keeps (照常执行) is not ended by the heading.
    // mended: a choice in a clause that opens with private persons does not make the village's act in another clause a choice.
    // The other probes fired before this review and are kept as guards for the rules they probe.
    // BoardRemoval: a clean-up whose last line hangs a new board.
    [InlineData("关于村级牌子清理的通知", "一、摘除不规范牌子。\n二、统计摘牌数量。\n三、各村于月底前挂上“网格化服务站”牌子。", PrecheckRules.Signboard)]
    [InlineData("关于村级牌子清理的通知", "各村保留的牌子数量报镇统计，新增“禁毒工作站”牌子由各村制作悬挂。", PrecheckRules.Signboard)]
    [InlineData("关于清理村级挂牌的通知", "各村门口加挂“河长制工作站”牌子。", PrecheckRules.Signboard)]
    [InlineData("关于村级挂牌清理的通知", "已摘除牌子23块。下一步，各村按统一样式制作悬挂“新时代文明实践站”牌子。", PrecheckRules.Signboard)]
    [InlineData("关于村级挂牌清理的通知", "统计各村现有牌子数量，并按新标准为每村增挂“禁毒宣传站”牌子。", PrecheckRules.Signboard)]
    // MetDemand: a village told it may refuse or report, and then told to meet the demand first.
    [InlineData("关于证明事项的通知", "对要求出具亲属关系证明的，村委会可以拒绝，但须先予出具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "各村遇到要求开具亲属关系证明的，可以拒绝，但须先予开具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "对要求出具婚姻状况证明的，村委会可以拒绝，但仍需先行出具再反映。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于减负工作的通知", "对要求各村每天APP打卡的，村可向镇纪委反映，反映期间仍须照常打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "各村遇到摊派的招商引资任务可以向县里举报，但须先予完成。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于减负工作的通知", "要求村签订责任书的，村可以拒绝；但本年度各村仍须签订禁渔责任书。", PrecheckRules.PledgeOrVeto)]
    // WithdrawnByReference: the withdrawal followed by the same work in another dress.
    [InlineData("关于近期工作的通知", "此前要求各村每天在APP打卡。现取消该要求，改为每天拍照上传定位。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "原要求各村签订禁渔责任书。现取消该要求。各村另行签订禁渔承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于近期工作的通知", "镇里对各村巡河工作打分排名。现取消该要求中的纸质台账部分。", PrecheckRules.AssessmentBan)]
    // Qualified clean-up list: a list whose last line demands.
    [InlineData("关于取消部分村级事项的通知", "取消以下涉村事项：1.纸质台账；2.各村每天在APP打卡照常执行。", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消部分村级事项的通知", "取消以下涉村事项：纸质台账、各村签订禁渔责任书继续保留。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于取消部分村级事项的通知", "取消以下涉村考核事项：台账考核。镇里每月对各村工作排名通报。", PrecheckRules.AssessmentBan)]
    // 申领人 as private, a person after 证明: the village still issues the paper.
    [InlineData("关于补贴申领的通知", "申领人需提供村委会出具的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于补贴申领的通知", "申领人到户籍所在村委会开具婚姻状况证明后办理。", PrecheckRules.ProhibitedCertificate)]
    // VillageOwnPaper: the village's meeting noted over a county's demand.
    [InlineData("关于招商引资工作的通知", "县商务局下达2027年招商任务：每村引资不少于200万元（村民代表会议通过）。", PrecheckRules.ProhibitedItem)]
    [InlineData("石桥村村民会议审议《镇招商引资任务分解方案》", "各村完成引资任务100万元，完成情况纳入镇年度考核。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于村民代表会议审议《巡河打卡办法》的通知", "各村村干部每天在APP定位打卡，镇里每月通报。", PrecheckRules.AppCheckIn)]
    // PublicCheckIn in the title: the description gives the check-in to the village's cadres.
    [InlineData("群众参与巡河打卡活动的通知", "各村干部每天在APP打卡，群众自愿参加。", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡河工作的通知", "各村网格员每天在APP定位打卡，村民自愿参与巡河。", PrecheckRules.AppCheckIn)]
    [InlineData("全民健身打卡活动的通知", "各村村委会每天在钉钉上传打卡照片。", PrecheckRules.AppCheckIn)]
    // DropExcludedTeams: the vetting's team ranking the villages.
    [InlineData("关于征兵工作的通知", "配合政治考核，考核组将对各村征兵工作打分排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于征兵工作的通知", "征兵政治考核结束后，考核组对各村年度工作进行考核排名。", PrecheckRules.AssessmentBan)]
    // AttendanceSignIn: a meeting's sign-in that recurs or proves place in other words.
    [InlineData("关于村干部培训的通知", "各村干部参加线上培训，每日登录小程序签到学习。", PrecheckRules.AppCheckIn)]
    [InlineData("关于村干部培训的通知", "参训村干部签到须上传现场照片及位置信息。", PrecheckRules.AppCheckIn)]
    [InlineData("关于村干部例会的通知", "各村书记每周一到镇会议室参会签到，会后在手机上定时签到报平安。", PrecheckRules.AppCheckIn)]
    // EnumeratedUnderNegation: a list under a negated heading whose last line is a demand.
    [InlineData("村级事务协议", "不包括以下事项：1.行政执法；2.代征税费；3.各村完成招商引资任务200万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务协议", "不属于委托事项的：违建查处、税费代收。各村须于月底前完成辖区违建拆除。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务协议", "以下不属于委托村级事项：行政执法。以下由村承担：各村签订安全生产责任书。", PrecheckRules.PledgeOrVeto)]
    // OwnVillagePaper: the village's own teams named, the demand a county body's.
    [InlineData("石桥村村妇联关于开展巡河打卡的倡议", "县妇联要求各村妇联执委每天在APP打卡，完成情况通报排名。", PrecheckRules.AppCheckIn)]
    [InlineData("村志愿服务队巡河活动", "镇里要求各村志愿服务队每天APP定位打卡，由村委会汇总上报。", PrecheckRules.AppCheckIn)]
    public void Check_Fires_OnBannedWorkInTheShapesThatSilence(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.True(result.Findings.Any(f => f.Rule == rule), string.Join(",", result.Findings.Select(f => f.Rule)));
    }

    [Theory]
    // What the mends leave quiet: an answer that turns to a report, an answer that only refuses, a clean-up list that keeps
    // nothing, a choice in the village's own clause, a title's public check-in the description gives to the public.
    [InlineData("关于证明事项的通知", "对要求出具亲属关系证明的，村委会可以拒绝，但须向镇减负办报告。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "各村遇到要求开具亲属关系证明的，可以拒绝，并向镇减负办反映。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "对要求出具亲属关系证明的，村委会可以拒绝，但应告知群众到派出所办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于取消部分村级事项的通知", "取消以下涉村事项：1.纸质台账；2.巡河APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "镇里组织各村自愿报名参加评比，群众自愿观看。", PrecheckRules.AssessmentBan)]
    [InlineData("石桥村关于开展健步走打卡活动的倡议", "村委会组织健步走打卡活动，村民自愿报名参加。", PrecheckRules.AppCheckIn)]
    [InlineData("桃花村赏花节扫码打卡活动", "游客可在景点扫码打卡，村民自愿参加。", PrecheckRules.AppCheckIn)]
    public void Check_DoesNotFire_OnTheHonestWordingsOfTheSameShapes(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }
}
