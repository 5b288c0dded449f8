using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 29 (s29-4): banned work the pre-check missed because it was said in other words or in a grammar the
/// readers did not know. A place word before the issuer names the issuer (居住地社区为其开具…证明), 所 before a verb is the
/// particle (确系本村茶园所产), a paper is issued by the sheet or issued and stamped, helping a tax office with arrears is
/// 协税护税, a sign named in quotation marks is hung, a body's name followed by a place word is where (调解室门口), a village
/// named only as a failing case takes a sanction (no disclaimer), and a pledge signed (签字的《…承诺书》) is read. Beside each,
/// the same shape on another body, refused or on the allowed list, stays quiet. Every sentence is written for these tests.
/// </summary>
public sealed class Phase29MissesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // The issuer named by where the person lives; the paper proves a job.
    [InlineData("关于家政补贴的通知", "申请人要交居住地社区为其开具的家政从业满半年证明。", PrecheckRules.ProhibitedCertificate)]
    // 所 before a verb: the tea the village's gardens yield, certified by the village.
    [InlineData("关于茶叶进市场的通知", "茶农进城卖茶，要由所在村委会就这批茶叶确系本组茶园所产开具书面材料，并加盖公章。", PrecheckRules.ProhibitedCertificate)]
    // A paper counted by the sheet, stamped by the village.
    [InlineData("门店通知", "申请困难补助的，请到你家那边社区开一张证明，写明你哪段时间在家照看老人，社区盖章。", PrecheckRules.ProhibitedCertificate)]
    // A paper issued and stamped, whatever it is called.
    [InlineData("关于养殖补贴结算的说明", "各养殖户须交一份村委会开具并盖章的材料，证明本户实际养殖数量。", PrecheckRules.ProhibitedCertificate)]
    // Helping the tax office with arrears.
    [InlineData("关于个体户税收的通知", "各村委会要协助税务部门对个体户开展欠税清理。", PrecheckRules.ProhibitedItem)]
    // A sign named in quotation marks.
    [InlineData("关于清廉建设的通知", "请每个村在村委会大门挂“清廉村居”铜牌。", PrecheckRules.Signboard)]
    // A room's door and inside are where the signs go, not who hangs them.
    [InlineData("关于调解室建设的通知", "每个社区年内建好调解室。调解室门口挂“人民调解室”牌，室内调解流程上墙。", PrecheckRules.Signboard)]
    // A sanction on the failing villages is no disclaimer of the campaign.
    [InlineData("关于示范创建的通知", "各社区要开展创建。未完成创建户数的社区，不得参加当年先进评选。", PrecheckRules.Demonstration)]
    // A pledge the secretary signs and hands in.
    [InlineData("关于安全生产的通知", "年初各村须向镇里提交由支部书记签字的《安全生产承诺书》。", PrecheckRules.PledgeOrVeto)]
    public void BannedWorkInOtherWords_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // Another body issues; the allowed residence certificate.
    [InlineData("关于家政补贴的通知", "申请人要交居住地派出所为其开具的家政从业满半年证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于入学的通知", "随迁子女要交居住地社区为其开具的居住证明。", PrecheckRules.ProhibitedCertificate)]
    // An office whose name ends in 所 still acts with a verb of two characters.
    [InlineData("关于茶叶进市场的通知", "茶农进城卖茶，要由镇农技站就这批茶叶开具书面材料。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于食品检查的通知", "乡市场监管所安排两名干部去现场检查食品安全。", PrecheckRules.ProhibitedItem)]
    // A hospital's sheet; a livestock station's stamped paper.
    [InlineData("门店通知", "申请困难补助的，请到县人民医院开一张证明，写明你哪段时间住院。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于养殖补贴结算的说明", "各养殖户须交一份乡畜牧站开具并盖章的材料，证明本户实际养殖数量。", PrecheckRules.ProhibitedCertificate)]
    // Help refused; the tax office's own guidance.
    [InlineData("关于个体户税收的通知", "各村委会今后不必协助税务部门对个体户开展欠税清理。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于个体户税收的通知", "区税务局对辖区个体户开展纳税辅导。", PrecheckRules.ProhibitedItem)]
    // A warning sign on a building site.
    [InlineData("关于道路施工的通知", "请施工单位在路口挂“前方施工”警示牌。", PrecheckRules.Signboard)]
    // A pledge made before and now repealed; a pledge named as a document studied.
    [InlineData("关于废止承诺书的通知", "决定废止此前与各村签订的《安全生产承诺书》，以后不再让各村签。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于学习的通知", "请认真学习《关于规范村级承诺书签字工作的意见》。", PrecheckRules.PledgeOrVeto)]
    public void TheSameShape_OnAnotherBodyOrRefused_StaysQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);
}
