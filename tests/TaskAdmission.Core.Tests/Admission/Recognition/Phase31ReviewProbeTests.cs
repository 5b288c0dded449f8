using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 31 review: evasions in the shapes phase 31's quieting readers accept, written after the four branches
/// were merged — a report of findings (s31-3), a changed or cancelled demand (s31-2), a paper to the writer's own people or
/// a village's own voice (s31-1). Each evasion must fire. And one gap of an older reader: a statement that the villages no
/// longer do some work (不再代收水费) reached a later sentence that keeps the same kind of work going (请继续代收…); a word
/// that keeps the act going ([agency.continuing]) now makes it a demand of its own. Every sentence is written for these tests.
/// </summary>
public sealed class Phase31ReviewProbeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Findings, then the next step puts a daily located check-in on the villages.
    [InlineData("乡村饮用水专项督查结果通报", "各乡镇：专项督查发现的主要问题：部分村水质台账不全。下一步，各村每天在“智慧水务”APP定位打卡，按村排名通报。", PrecheckRules.AppCheckIn)]
    // A 巡察 feedback whose rectification demand is a veto pledge signed by the villages.
    [InlineData("巡察反馈意见", "巡察发现：一些村未落实门前三包。整改要求：各村与商户签订责任书，实行一票否决。", PrecheckRules.PledgeOrVeto)]
    // An audit's finding followed by an order to the villages to collect a fee.
    [InlineData("审计问题的整改情况", "主要发现：部分村未收取垃圾处理费。请各村于6月底前向农户收齐垃圾处理费，上缴镇财政。", PrecheckRules.ProhibitedItem)]
    public void Findings_ThenADemandOnTheVillages_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // An announced change of the assessment that ranks the villages.
    [InlineData("关于调整对村考核的通知", "各村：对村级工作考核作如下调整：每月按村得分排名，末位在全镇通报。", PrecheckRules.AssessmentBan)]
    // One certificate cancelled, another banned one still asked.
    [InlineData("关于取消部分证明的通知", "各村：取消由村里开具的亲属关系的证明。今后办理时，仍请村里开具本人无犯罪记录的证明。", PrecheckRules.ProhibitedCertificate)]
    public void ChangedDemands_ANewDemand_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The township's own staff told to have the village cadres clock in.
    [InlineData("镇机关工作安排", "镇机关全体干部、职工：各包村干部督促所包村的两委干部每天在钉钉上打卡签到，截图发群。", PrecheckRules.AppCheckIn)]
    // A firm's own outlets told to have the village committees clock in.
    [InlineData("某某物流有限公司内部通知", "公司各网点：请各网点协调所在村村委会每日在小程序打卡，村委会打卡率纳入网点考核。", PrecheckRules.AppCheckIn)]
    // A village's own voice passing on a township's veto pledge.
    [InlineData("村民朋友们", "村民朋友们：镇里要求，各户须签订防火承诺书，村委会负责收齐，未签的实行一票否决。", PrecheckRules.PledgeOrVeto)]
    public void OwnPeople_TheVillageStillActs_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("关于水费代收的通知", "各村委会：各村不再代收水费。请继续按月代收污水处理费，交镇财政所。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于水费代收的通知", "各村委会：各村不再代收水费。今后继续按月代收污水处理费，交镇财政所。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于巡查留痕的通知", "各村：各村不再每天拍照上传巡查照片。巡查照片仍需每日发至工作群。", PrecheckRules.AppCheckIn)]
    public void NoLongerThenKeptGoing_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // What keeps going is given to another body.
    [InlineData("关于水费代收的通知", "各村委会：各村不再代收水费。水费继续由供水公司营业所收取。", PrecheckRules.ProhibitedItem)]
    // What keeps going is the village's own honest work.
    [InlineData("关于台账报送的通知", "各村：自5月起各村不再报送纸质台账，照常做好日常服务。", PrecheckRules.AppCheckIn)]
    public void NoLongerThenOtherWorkKeptGoing_IsQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);
}
