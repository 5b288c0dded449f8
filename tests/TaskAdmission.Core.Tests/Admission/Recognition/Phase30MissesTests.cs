using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 30 (s30-4): banned work the pre-check let through because a negation that is only what is promised,
/// proved or quoted was read as a refusal (签署不占道承诺, “油烟不扰邻”保证书, 承诺本村不发生…, 不扰邻证明, 有无…), or because a
/// body inside the object phrase 对 … 进行/开展 was read as the one acting. Beside each, the same words refusing the act, on
/// another body or on the body's own staff stay quiet. Every sentence is written for these tests.
/// </summary>
public sealed class Phase30MissesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A pledge named by what it promises, collected by the villages from shops.
    [InlineData("沿街摊点清理安排", "各村要组织沿街商户签署不占道经营承诺，收齐后报镇城建办。", PrecheckRules.PledgeOrVeto)]
    // A pledge named in quotation marks whose words are a negation.
    [InlineData("关于油烟治理的安排", "请各社区与辖区餐馆签订“油烟不扰邻”保证书，每季度检查一次。", PrecheckRules.PledgeOrVeto)]
    // What the village promises is under a negation; the sanction follows the promise.
    [InlineData("关于汛期安全的通知", "各村：汛期各村主任承诺汛期本村不出现人员伤亡，发生伤亡的按承诺内容追责。", PrecheckRules.PledgeOrVeto)]
    // A quotation closed by a clause mark: the photo sent to the group is demanded.
    [InlineData("汛期群消息", "各村主任今晚每人手写一份保证，写明“本村汛期不出现人员伤亡”，签字后拍照发到群里。", PrecheckRules.AppCheckIn)]
    // A certificate named by the negation it proves.
    [InlineData("关于个体户变更登记的提示", "办理经营场所变更的，须提交社区盖章的“经营场所不扰邻证明”。", PrecheckRules.ProhibitedCertificate)]
    // A body inside the object phrase 对 … 进行 is acted on; the villages act.
    [InlineData("关于秸秆禁烧的安排", "请各村落实属地管理，对本村规模以上养鸭场污水外排问题进行查处。", PrecheckRules.ProhibitedItem)]
    public void NegatedContentOrObject_Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    // The pledge refused: a negation before the signing, or before the demand to sign.
    [InlineData("关于减负的通知", "从下月起，不得要求各村与沿街商户签署承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于减负的通知", "今后不再让各社区与辖区餐馆签订保证书。", PrecheckRules.PledgeOrVeto)]
    // A bank's own customer signs a pledge; no village is in it.
    [InlineData("信用卡分期须知", "办理分期的客户须在网点签署不提前还款承诺，方可享受手续费优惠。", PrecheckRules.PledgeOrVeto)]
    // The certificate refused, or a hospital's own paper.
    [InlineData("关于个体户变更登记的提示", "经营场所不扰邻证明社区不再出具，改由业主自行说明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("体检须知", "县人民医院为体检合格的考生出具未患传染病的证明。", PrecheckRules.ProhibitedCertificate)]
    // The department inspects; a hospital inspects its own wards.
    [InlineData("关于污水治理的安排", "县环保分局对辖区内规模以上养鸭场污水外排问题进行查处。", PrecheckRules.ProhibitedItem)]
    [InlineData("院内通知", "县人民医院保卫科对本院各病区消防通道堵塞问题开展检查。", PrecheckRules.ProhibitedItem)]
    public void TheSameWords_RefusedOrOnAnotherBody_StayQuiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);
}
