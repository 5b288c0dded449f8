using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Lists;

public sealed partial class ListMessagesTests
{
    public static TheoryData<ListProblemCode> Codes() => new(Enum.GetValues<ListProblemCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_RendersChineseAndEnglish_ForEveryCode(ListProblemCode code)
    {
        var args = Enumerable.Range(0, ListMessages.ArgumentCount(code)).Select(i => "arg" + i).ToArray();

        var zh = ListMessages.Text(code, args, AppLanguage.ZhCn);
        var en = ListMessages.Text(code, args, AppLanguage.En);

        Assert.True(ListMessages.Has(code));
        Assert.Matches(Han(), zh);
        Assert.DoesNotMatch(Han(), en);
        Assert.NotEqual(code.ToString(), en);
    }

    [Fact]
    public void Render_PrefixesRowAndColumnAndLocalisesKinds_ForChineseCulture()
    {
        var problem = ListProblem.At(ListProblemCode.DemandsOnProhibitedItem, 7, "allowed_demands", ListKind.Prohibited, DemandKind.Report | DemandKind.Ledger);

        var zh = ListMessages.Render(problem, CultureInfo.GetCultureInfo("zh-CN"));
        var en = ListMessages.Render(problem, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal("第7行“allowed_demands”列：负面/禁入事项不得允许任何负担（填写了：报表、台账）。", zh);
        Assert.Equal("Row 7, column allowed_demands: A Prohibited item cannot allow demands (found: Report, Ledger).", en);
    }

    [Fact]
    public void Text_RendersEmptyArguments_WhenArgumentsAreMissing()
    {
        var text = ListMessages.Text(ListProblemCode.DuplicateCode, [], AppLanguage.En);

        Assert.Equal("Code '' duplicates row .", text);
    }

    [Fact]
    public void Labels_CoverEveryKindAndDemandInBothLanguages()
    {
        Assert.All(ListKinds.All, k => Assert.Matches(Han(), ListLabels.Kind(k, AppLanguage.ZhCn)));
        Assert.All(DemandKinds.Singles, d => Assert.Matches(Han(), ListLabels.Demand(d, AppLanguage.ZhCn)));
        Assert.Equal("依法协助政府工作事项", ListLabels.Kind(ListKind.Assist, AppLanguage.ZhCn));
        Assert.Equal("政务APP打卡/截图留痕", ListLabels.Demand(DemandKind.AppCheckIn, AppLanguage.ZhCn));
        Assert.Equal("One-vote veto", ListLabels.Demand(DemandKind.OneVoteVeto, AppLanguage.En));
        Assert.Equal(14, DemandKinds.Singles.Count);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
