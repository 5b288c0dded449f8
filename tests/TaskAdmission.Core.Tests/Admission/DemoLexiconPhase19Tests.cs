using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// (phase 19) Two lexicon rows of the demo lists (demo-lists.csv), changed minimally: a tourist route named for its
/// check-in spots (红色旅游打卡线路) is a place like 打卡点, and a farm-supply shop (农资门店) is one of the market
/// fields an inspection by the village is banned in, as 农资店 already was.
/// </summary>
public sealed class DemoLexiconPhase19Tests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    [InlineData("关于做好红色旅游打卡点志愿讲解的通知", "柏林村革命旧址已被列入全市红色旅游打卡线路。请村委会组织志愿者周末为游客义务讲解。", PrecheckRules.AppCheckIn)]
    [InlineData("关于乡村旅游推介的通知", "镇里将推出三条乡村旅游打卡路线，请各村提供景点介绍。", PrecheckRules.AppCheckIn)]
    public void Check_DoesNotFire_OnACheckInRoute(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    // Evasion: the route named, and the cadres made to check in in the next clause.
    [InlineData("关于红色旅游的通知", "柏林村已被列入红色旅游打卡线路，村干部每日在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("农资市场检查", "请各村对本村范围内的农资门店开展日常监管，检查记录留存备查。", PrecheckRules.ProhibitedItem)]
    public void Check_Fires_OnTheVillagesOwnCheckInOrInspection(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }
}
