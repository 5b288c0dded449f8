using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 24 review: evasion probes against the quieting rules phase 24 added (a village's own letters and
/// decisions, papers that clean up demands, posts under new names). In each, the shape a rule quiets carries banned work
/// onto the villages anyway, so it must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase24ProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A village's own report that passes its township's order on to its own people.
    [InlineData("石桥村村民委员会关于落实镇里工作要求的报告", "石桥镇人民政府：\n根据镇里要求，本村各村民小组长从下周起每天在工作群里定位打卡，村委会每周汇总截图上报。", PrecheckRules.AppCheckIn)]
    [InlineData("柏林村两委会议纪要", "会议传达了镇党委的要求：各村干部每天上午在APP上签到并上传工作照片。会议决定本村从明天起照此执行。", PrecheckRules.AppCheckIn)]
    [InlineData("柏林村两委会议纪要", "镇里要求本村与镇政府签订安全生产责任状，出了事故一票否决。会议同意由村主任代表本村签订。", PrecheckRules.PledgeOrVeto)]
    // A township's answer to a village's complaint that keeps the demand.
    [InlineData("石桥镇人民政府关于各村反映问题的答复", "各村：\n你村反映每天打卡负担重的问题收悉。经研究，打卡制度继续执行，各村干部仍须每天在APP定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇人民政府关于各村反映问题的答复", "各村：\n关于责任书过多的反映，镇里已作精简，但森林防火责任书各村仍须签订，年底未完成的一票否决。", PrecheckRules.PledgeOrVeto)]
    // A township relaying a village's refusal and then ordering all villages to issue the paper.
    [InlineData("关于转发石桥村来函的通知", "各村：\n石桥村来函称无法为村民出具无犯罪记录证明。经研究，今后此类证明由各村委会出具并加盖公章。", PrecheckRules.ProhibitedCertificate)]
    // A clean-up that keeps one demand: the kept one fires.
    [InlineData("关于清理村级报表的通知", "各村：\n经清理，取消村级报表12项；保留的安全隐患排查月报，各村仍须每月对辖区企业开展安全检查并承担监管责任。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于清理评比表彰项目的通知", "各村：\n除“美丽庭院”评比外，其余评比一律取消；“美丽庭院”评比按村打分排名，每季度通报。", PrecheckRules.AssessmentBan)]
    // A report that blames a village for not doing the banned act presses the demand on it.
    [InlineData("关于河长制工作情况的通报", "各乡镇：\n经抽查，东岭村未按要求每天在工作群上传巡河照片，违反河长制巡河规定，予以通报批评。", PrecheckRules.AppCheckIn)]
    // A 减负 ledger that carries its own new demand.
    [InlineData("关于建立村级减负台账的通知", "各村：\n为掌握减负情况，各村须建立减负台账，每周五前将台账拍照上传至镇减负工作群，逐村排名通报。", PrecheckRules.AppCheckIn)]
    // A village's own 一事一议 that records a department's order to collect a tax.
    [InlineData("石桥村村民代表会议记录（一事一议）", "镇财政所要求村里代征本村耕地占用税，会议同意由村会计负责向各户代征并按月上缴。", PrecheckRules.ProhibitedItem)]
    // Posts set up in villages under new names.
    [InlineData("关于加强秸秆禁烧工作的通知", "各村：\n每个村设立一个秸秆禁烧劝导站，安排专人值守，门口悬挂统一标牌。", PrecheckRules.Signboard)]
    [InlineData("关于推进河道保洁的通知", "各村：\n请各村建立一个河道保洁服务点，明确负责人并上墙公示。", PrecheckRules.Signboard)]
    [InlineData("关于推进数字乡村建设的通知", "各村：\n各村须于月底前成立数字治理工作站，配齐站长和信息员，制度上墙。", PrecheckRules.Signboard)]
    [InlineData("关于加强护林巡查的通知", "各村：\n请各村在每条巡山路线设置巡查二维码牌，护林员每天扫码打卡。", PrecheckRules.AppCheckIn)]
    // A letter that looks like a village's own, signed by a township.
    [InlineData("石桥镇人民政府关于协助出具证明的函", "柏林村村委会：\n请你村为辖区村民张某出具婚姻状况证明并加盖村委会公章，于三日内送镇民政办。", PrecheckRules.ProhibitedCertificate)]
    // A self-government paper used to put enforcement on the village.
    [InlineData("柏林村村规民约（修订）", "第十二条 本村违法建设由村委会负责立案查处，并按镇里要求组织强制拆除。", PrecheckRules.ProhibitedItem)]
    public void BannedWorkInAQuietedShape_Fires(string title, string description, string rule) => Fires(title, description, rule);
}
