using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// What the suggestions put first when a task's text touches several admissible items: the item its title names, since
/// the title says what the task is about and the body also names what it touches in passing.
/// </summary>
public sealed class ItemSuggesterTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Fact]
    public void Check_SuggestsTheItemTheTitleNamesFirst_WhenTheBodyMentionsOtherItemsInPassing()
    {
        // Minutes of a deliberation meeting: the body also mentions representatives chosen, the supervision committee
        // signing and the public notice board, each a phrase of another autonomy item.
        var result = fixture.Check(Base("东湾村议事会记录（村道排水沟疏通）",
            "会议由村委会主任主持。经讨论，大家同意先疏通二组排水沟；会上推选2名村民代表监督施工，记录由村务监督委员会签字确认后在公开栏公示。",
            [], D(DemandKind.Meeting)));

        Assert.Equal("ZZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheItemTheTitleNames_EvenWhenTheBodyRepeatsAnotherItemsPhrases()
    {
        var result = fixture.Check(Base("防范电信网络诈骗提示",
            "请各村在村民群转发提示：陌生来电要求转账的一律挂断；村里组织志愿者入户讲解。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "XZ-01");
    }

    [Fact]
    public void Check_SuggestsNothing_WhenTheTitleNamesAnItemButTheTextPutsProhibitedWorkOnTheVillage()
    {
        var result = fixture.Check(Base("村民议事会安排",
            "请各村负责收缴辖区农户的卫生费，收缴率不低于95%。",
            [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == Core.Admission.Precheck.PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }

    // A poster or leaflet and its posting (张贴…海报, 发放明白纸) are the form in which a village makes a thing known; the
    // thing on the poster is what the task is about. Titles here name no item, so only the body decides.

    [Fact]
    public void Check_SuggestsThePostersTopicBeforePublicity_WhenVillagesPostAPosterAboutIt()
    {
        var result = fixture.Check(Base("春季工作提示", "请各村在村口显眼位置张贴森林防火宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-15", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheLeafletsTopicBeforePublicity_WhenVillagesHandOutLeaflets()
    {
        var result = fixture.Check(Base("近期工作提示", "请各村向群众发放医保电子凭证激活明白纸，群众自愿激活。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-09", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_SuggestsTheTopicFirst_WhenPosterAndLeafletAreBothNamed()
    {
        var result = fixture.Check(Base("六月工作安排", "请各村张贴禁毒宣传画，并在集市上分发宣传单。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-17", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void Check_StillSuggestsPublicity_WhenAPosterIsAllTheTextNames()
    {
        var result = fixture.Check(Base("工作提示", "请各村在人员聚集处张贴宣传海报。", [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == "ZZ-11");
    }
}
