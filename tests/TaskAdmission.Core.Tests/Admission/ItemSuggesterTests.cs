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
}
