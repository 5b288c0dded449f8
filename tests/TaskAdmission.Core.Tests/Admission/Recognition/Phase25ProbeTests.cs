using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 25 review: evasion probes against the quieting rules phase 25 added (the village's own rules, accounts,
/// lists and minutes; its answers and ledgers; papers from above that report, forbid or clean up demands; platforms,
/// contracts and work others do). In each, the shape a rule quiets carries banned work onto the villages anyway, so it
/// must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase25ProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // A township's model of village rules that the villages must adopt, with a veto in it.
    [InlineData("石桥镇关于印发村规民约范本的通知", "各村：\n现印发村规民约范本，各村须照此修订并于月底前报镇备案；范本规定，村内发生森林火灾的，该村当年考核实行一票否决。", PrecheckRules.PledgeOrVeto)]
    // The village's own posted list of duties that carries a banned one as its own.
    [InlineData("石桥村村级工作事务公开栏", "本村承担的工作：一、召开村民会议；二、调解邻里纠纷；三、按镇里分配的任务代收辖区个体户的税费并按月上缴。", PrecheckRules.ProhibitedItem)]
    // A village's minutes recording a township's ranking and the village's decision to take part.
    [InlineData("柏林村两委会议纪要", "会议传达了镇里的通知：各村环境卫生每月由镇里打分排名并通报，排名末位的村书记作表态发言。会议决定按要求迎检。", PrecheckRules.AssessmentBan)]
    // A village's reply that agrees to collect a tax.
    [InlineData("石桥村村民委员会关于代收税款事宜的复函", "县税务局：\n来函收悉。经两委研究，我村同意签订委托代征协议，由村会计每月向辖区摊贩代收税款。", PrecheckRules.ProhibitedItem)]
    // A ledger of demands whose handling column says the village did it and goes on.
    [InlineData("石桥村上级工作要求登记台账", "序号1，镇应急办，要求各村每天在群里上传巡查照片，办理情况：已按要求每天上传，今后继续执行。", PrecheckRules.AppCheckIn)]
    // A 纪委 通报 that ends by ordering villages to do what it reported.
    [InlineData("关于两起问题的通报", "各乡镇：\n某镇要求各村每天打卡被通报批评。同时，为加强考勤管理，各村干部今后仍须每天在APP上定位打卡，镇里每周抽查。", PrecheckRules.AppCheckIn)]
    // A negative list with an exception that keeps a banned item.
    [InlineData("石桥镇村级工作事务负面清单", "各村：\n以下事项不得交由村里承担：招商引资、征地拆迁、行政执法。但辖区违章建筑的查处和拆除，仍由各村负责实施。", PrecheckRules.ProhibitedItem)]
    // A clean-up of pledges that keeps one.
    [InlineData("关于清理村级责任书的通知", "各村：\n今年起废止乡直部门与各村签订的六份责任书；安全生产责任书保留，各村仍须与乡政府签订。", PrecheckRules.PledgeOrVeto)]
    // A vendor's contract in which the villages must check in daily on the system.
    [InlineData("村级网格系统服务合同（摘要）", "甲方：石桥镇人民政府\n乙方：某科技公司\n乙方负责系统建设和运维；系统上线后，各村网格员须每天在系统中签到并上传巡查轨迹，甲方按月通报各村签到率。", PrecheckRules.AppCheckIn)]
    // A voluntary platform whose use counts in the villages' year-end scores.
    [InlineData("关于推广使用志愿服务平台的通知", "各镇（街道）：\n平台由各村自愿使用，但各村平台活跃度纳入年终考核，按村排名通报。", PrecheckRules.AssessmentBan)]
    // A bureau that takes the screenshots itself but ranks the villages by them.
    [InlineData("区数据局联络群消息", "各位联络员：填报页面的截图由我们后台完成，村里不用截图；但我们会按截图结果给各村打分，每月公布排名。", PrecheckRules.AssessmentBan)]
    // Purchased patrols, with the village still made responsible.
    [InlineData("护林服务项目合同（摘要）", "甲方：石桥镇人民政府\n乙方：某护林服务公司\n乙方负责巡山；各村仍为辖区森林防火安全生产监管的责任主体，发生火情的由村承担责任。", PrecheckRules.ProhibitedItem)]
    // A village's minutes relaying a township's notice: what the notice demands is the township's demand.
    [InlineData("柏林村两委会议纪要", "会议传达了镇党委组织办的通知：即日起各村干部每天须在学习APP上打卡，积分每月排名。", PrecheckRules.AppCheckIn)]
    public void EvasionsInTheShapesPhase25Quiets_StillFire(string title, string description, string rule) => Fires(title, description, rule);

    [Theory]
    // The relayed body does not issue the minutes: the village's own contest decided after it stays its own.
    [InlineData("桃溪村村民代表会议纪要", "会议传达了镇党委关于减轻村级负担的通知。会议决定本村开展文明家庭评选，由村民代表投票评出十户。", PrecheckRules.Demonstration)]
    // A relayed notice that lifts a demand lifts it.
    [InlineData("桃溪村两委会议纪要", "会议传达了镇里的通知：今后不再要求各村干部每天在群里打卡。会议决定本村照此执行。", PrecheckRules.AppCheckIn)]
    public void RelayedNotices_InTheVillagesOwnMinutes_PutNothingOnIt_UnlessTheyDemand(string title, string description, string rule) =>
        fixture.AssertQuiet(title, description, rule);
}
