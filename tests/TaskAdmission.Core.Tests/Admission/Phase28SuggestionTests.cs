using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>
/// (phase 28) The word share of a thin item: an item whose description is only its title and the category it shares with
/// its kind (a certificate: 居（租）住证明 beside 证明事项) was matched whole by one or two words any notice may use, and
/// outranked the item whose rich description the notice matched in good part. The share is now taken of at least the
/// median item's words. A thin item the notice names in its own words is still offered first, and nothing is offered beside
/// prohibited work. Sentences written from the work.
/// </summary>
public sealed class Phase28SuggestionTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Fact]
    public void MedianOf_TakesTheMiddleWeight_AndTheUpperOneOfAnEvenCount()
    {
        Assert.Equal(0, ItemSuggester.MedianOf([]));
        Assert.Equal(3, ItemSuggester.MedianOf([5, 1, 3]));
        Assert.Equal(3, ItemSuggester.MedianOf([4, 1, 3, 2]));
    }

    [Theory]
    [InlineData("关于宣讲证明事项清理政策的通知", "请村里借助大喇叭和公开栏，向乡亲们说明证明事项清理的政策，让大家知道哪些事项已取消、哪些改到部门去办。", "ZZ-11")]
    public void Check_SuggestsTheRichItem_WhenTheNoticeOnlyUsesTheWordsOfAThinItemsKind(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == item);
        Assert.NotEqual("ZM-01", result.SuggestedItems[0].Code);
    }

    [Theory]
    [InlineData("居住证明办理", "在本村租房打工的外地人需要居住证明的，带上租房合同找村委会申请，核实后由村委会开给居住证明。", "ZM-01")]
    public void Check_StillSuggestsTheThinItemFirst_WhenTheNoticeNamesItInItsOwnWords(string title, string description, string item)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Equal(item, result.SuggestedItems[0].Code);
    }

    [Theory]
    [InlineData("关于讲解证明清单的安排", "请各村在村民大会上讲解证明事项清单，并由村委会向每户收缴二十元的资料费。")]
    public void Check_SuggestsNothing_WhenTheNoticeComesWithACollectionOfFees(string title, string description)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Empty(result.SuggestedItems);
    }
}
