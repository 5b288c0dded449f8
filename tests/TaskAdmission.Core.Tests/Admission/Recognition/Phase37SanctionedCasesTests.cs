using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, session 37: a verb that undoes (清理, 纠正, 清退, 停止 …) names a demand being undone only when it acts. Negated
/// (逾期不清理, 拒不纠正, 未停止) or closing a case (…清理的), it names those who are sanctioned, and the sanction after it —
/// 由村委会组织人员强制清除 — is the village enforcing. Before, such a sentence read as a clean-up of a demand and was quiet:
/// an easy way to put enforcement on a village. Each sentence is written for these tests, in several lines of work.
/// </summary>
public sealed class Phase37SanctionedCasesTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Rivers, street stalls, livestock in a no-farming zone, billboards, graves on farmland, fishing gear.
    [InlineData("关于清理河道网箱的通知", "各村：\n沿河违规搭建的网箱，限于6月底前自行拆除，逾期不清理的，由村委会组织人员强制清除。")]
    [InlineData("关于整治集镇占道经营的通知", "各村：\n集镇占道摊点限三日内自行搬离，逾期不清理的由村里组织人员强制清除。")]
    [InlineData("关于禁养区畜禽养殖场关闭搬迁的通知", "各村：\n禁养区内的畜禽养殖场应于9月底前关闭搬迁，逾期不清退的，由村委会组织人员强制拆除棚舍。")]
    [InlineData("关于规范户外广告设置的通知", "各社区：\n违规设置的户外广告牌由设置人自行整改，拒不纠正的，由社区组织人员强制拆除。")]
    [InlineData("关于制止耕地上新建坟墓的通知", "各村：\n耕地上新建的坟墓一经发现即责令停工，逾期未停止施工的，由村委会组织人员强制拆除。")]
    [InlineData("关于禁渔期清理地笼网的通知", "各村：\n禁渔期内在河道设置的地笼网，逾期不清理的，由村委会予以没收。")]
    public void ANegatedOrCaseClosingUndoVerb_LeavesTheVillagesSanctionStanding(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The undo verb acting on a demand made of the villages; the same case with the sanction given to another body.
    [InlineData("关于清理涉村执法任务的通知", "各乡镇：\n全面清理各部门要求村委会组织人员强制拆除违建的做法。")]
    [InlineData("关于纠正向村下达拆违任务的通知", "各乡镇：\n立即纠正向村委会下达强制拆除任务的做法。")]
    [InlineData("关于清理河道网箱的通知", "各村：\n沿河违规搭建的网箱，逾期不清理的，由县综合行政执法局依法强制清除。")]
    [InlineData("关于整治集镇占道经营的通知", "各村：\n集镇占道摊点逾期不清理的，由镇综合执法队强制清除，村委会不参与执法。")]
    [InlineData("关于禁养区畜禽养殖场关闭搬迁的通知", "各村：\n禁养区内的畜禽养殖场逾期不清退的，由县生态环境局依法处理，村委会做好政策宣传。")]
    public void AnUndoneDemand_OrTheSanctionOfAnotherBody_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);
}
