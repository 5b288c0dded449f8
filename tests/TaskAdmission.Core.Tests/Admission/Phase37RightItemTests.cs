using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// (phase 37, s37-3) The right item: the prohibited item a sanction is cited under, and the assistance items a notice in
/// the words of its work is offered. Sentences written for these rules, in several lines of work, each beside its twin.
/// </summary>
public sealed class Phase37RightItemTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private IReadOnlyList<PrecheckFinding> Items(string title, string description) =>
        [.. fixture.Check(Base(title, description, [], D(DemandKind.FieldWork))).Findings.Where(f => f.Rule == PrecheckRules.ProhibitedItem)];

    /// <summary>
    /// A sanction the village is told to impose — a fine, a confiscation, a seizure, a sealing, a forced removal — with no
    /// supervision of the sector put on it, is law enforcement (FM-04), whatever sector the notice is about.
    /// </summary>
    [Theory]
    [InlineData("关于整治经营性自建房安全隐患的通知", "社区对拒不整改的经营户一律予以查封。")]
    [InlineData("关于整治楼道电动车充电的通知", "社区对拒不整改的住户处以二百元罚款。")]
    [InlineData("关于瓶装液化气安全整治的通知", "各社区对私自囤放液化气钢瓶的店铺一律予以查封。")]
    [InlineData("关于整治集镇缺斤短两的通知", "对屡教不改的摊主，由村委会没收其秤具并处以罚款。")]
    [InlineData("关于整治集镇占道经营的通知", "各村对经劝导后仍占道经营的流动商贩，直接扣押其三轮车和商品。")]
    [InlineData("关于清理自建房违规加建的通知", "对拒不整改的经营户，由社区组织强制拆除违规搭建的彩钢棚。")]
    public void Check_CitesEnforcement_WhenTheVillageIsToldOnlyToSanction(string title, string description)
    {
        Assert.Contains(Items(title, description), f => f.ItemCode == "FM-04");
    }

    /// <summary>The same sanctions denied to the village or given to a department's enforcers cite nothing.</summary>
    [Theory]
    [InlineData("关于整治村内无证诊所的通知", "各村发现无证行医的，及时报告县卫生健康综合执法大队，由执法大队依法没收其药品和器械。")]
    [InlineData("关于整治楼道电动车充电的通知", "社区不得对住户处以罚款，发现问题及时报告街道应急办。")]
    [InlineData("关于瓶装液化气安全整治的通知", "查封私自囤放液化气的店铺由县应急管理局负责，村委会不参与查封。")]
    [InlineData("关于整治集镇占道经营的通知", "扣押商贩车辆和商品由镇综合行政执法队实施，各村只负责劝导和信息报告。")]
    public void Check_CitesNoItem_WhenTheSanctionIsDeniedToTheVillageOrGivenToEnforcers(string title, string description)
    {
        Assert.Empty(Items(title, description));
    }

    /// <summary>
    /// When the notice also puts the sector's supervision on the village (it is to inspect the shops, check the sites),
    /// the sanction that follows an inspection is part of that duty: the sector's item is cited, not enforcement.
    /// </summary>
    [Theory]
    [InlineData("关于加强农村小餐馆食品安全监管的通知", "各村每周对辖区小餐馆开展食品安全检查，建立检查台账，发现过期食品的予以没收。", "FM-06")]
    [InlineData("关于加强出租房消防安全检查的通知", "各社区对辖区出租房逐户开展消防安全检查，对拒不整改的房东处以罚款。", "FM-05")]
    public void Check_CitesTheSector_WhenTheVillageSupervisesItAndSanctions(string title, string description, string item)
    {
        var items = Items(title, description);

        Assert.Contains(items, f => f.ItemCode == item);
        Assert.DoesNotContain(items, f => f.ItemCode == "FM-04");
    }

    /// <summary>
    /// The assistance items are offered when a notice names their work in the words of that work: wildlife protected and
    /// reported, hazards reported by 报送, electrical safety, weather and flood warnings, live poultry and home banquets.
    /// </summary>
    [Theory]
    [InlineData("关于做好野生鸟类保护工作的通知", "请各村在公开栏张贴保护野生鸟类的宣传画，村民发现受伤的野鸟请及时报告镇林业站。", "XZ-25")]
    [InlineData("关于劝阻非法猎捕野生动物的提醒", "村民发现有人在山上下套捕猎野生动物的，请向村委会报告线索，由村委会转报县林业局。", "XZ-25")]
    [InlineData("关于做好学校周边安全隐患信息报送的通知", "请各村发现学校周边危墙、电线老化等隐患后，及时报送镇应急办。", "XZ-16")]
    [InlineData("关于夏季防触电的安全提醒", "请各村提醒村民雷雨天气远离高压线，不在电力设施附近钓鱼和放风筝。", "XZ-16")]
    [InlineData("关于做好寒潮预警信息传递的通知", "县气象台发布寒潮预警后，请各村通过大喇叭提醒村民做好防冻准备，照看好独居老人。", "XZ-14")]
    [InlineData("关于上游水库开闸泄洪的预告", "上游水库将于明日上午开闸泄洪，请沿河各村提醒村民不要在河滩逗留、捕鱼。", "XZ-14")]
    [InlineData("关于宣传城区禁止活禽交易的通知", "请各村向村民宣传城区集贸市场禁止活禽交易和现场宰杀的规定。", "XZ-23")]
    [InlineData("关于农村自办宴席报备的提醒", "村民举办十桌以上自办宴席的，请提前向村委会报备，村里转报镇食安办派员指导。", "XZ-23")]
    public void Check_SuggestsTheAssistanceItem_WhenTheNoticeNamesItsWorkInItsOwnWords(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    /// <summary>The rules and running of a facility the village owns are the management of its facilities (ZZ-18).</summary>
    [Theory]
    [InlineData("白塔村互助幸福院管理制度", "幸福院由村委会统一管理，入住老人实行登记，每周安排志愿者打扫卫生。", "ZZ-18")]
    [InlineData("关于规范村史馆开放管理的通知", "村史馆每周六、周日开放，由村文书负责钥匙保管和参观登记。", "ZZ-18")]
    [InlineData("关于下达农村互助幸福院运营补贴的通知", "县民政局下达今年互助幸福院运营补贴，请各村据实统计入住老人人数，协助做好老年人关爱服务。", "XZ-04")]
    public void Check_SuggestsTheFacilityItem_WhenTheNoticeIsAboutRunningTheVillagesOwnFacility(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
    }

    /// <summary>Never an admissible item beside prohibited work: the new words offer no cover.</summary>
    [Theory]
    [InlineData("关于做好寒潮预警信息传递的通知", "请各村通过大喇叭提醒村民做好防冻准备，并向每户收取十元广播维护费，统一上缴镇财政所。")]
    [InlineData("关于做好野生鸟类保护工作的通知", "请各村宣传保护野生鸟类，对捕鸟的村民由村委会没收其网具并处以罚款。")]
    public void Check_SuggestsNothing_WhenTheNewWordsComeWithProhibitedWork(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }
}
