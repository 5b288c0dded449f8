using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("收繳率達到１００％", "收缴率达到100%")]
    [InlineData("ＡＰＰ打卡", "app打卡")]
    [InlineData("完成招商引资任务两项", "完成招商引资任务2项")]
    [InlineData("每村引进企业三十个", "每村引进企业30个")]
    [InlineData("签约率达到百分之九十五", "签约率达到95%")]
    [InlineData("实行一票否决、一事一议", "实行一票否决、一事一议")]
    [InlineData("招 商\u200B引　资", "招商引资")]
    [InlineData("第一书记", "第1书记")]
    public void Normalise_BringsVariantsToOneForm(string source, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Normalise(source).Text);
    }

    [Fact]
    public void ToSource_MapsANormalisedRangeBackToTheTextAsWritten()
    {
        var text = TextNormaliser.Normalise("请各村完成任务两项，收繳率１００％");

        var at = text.Text.IndexOf("收缴率100%", StringComparison.Ordinal);
        var (start, end) = text.ToSource(at, at + "收缴率100%".Length);

        Assert.Equal("收繳率１００％", text.Source[start..end]);
        var two = text.Text.IndexOf('2');
        Assert.Equal("两", text.Source[text.ToSource(two, two + 1).Start..text.ToSource(two, two + 1).End]);
    }

    [Fact]
    public void Split_EndsClausesAtCommasAndSentencesAtFullStops_ButNotAtDecimalPoints()
    {
        var text = "各村负责收缴,确保3.5万元到位。由镇里负责;另行通知";

        var clauses = ClauseSplitter.Split(text);

        Assert.Equal(["各村负责收缴", "确保3.5万元到位", "由镇里负责", "另行通知"], clauses.Select(c => text[c.Start..c.End]));
        Assert.Equal([0, 0, 1, 2], clauses.Select(c => c.Sentence));
    }

    [Fact]
    public void Split_ALineBreakRightAfterACommaWrapsTheLine_OtherLineBreaksEndTheSentence()
    {
        var text = "由村干部入户核实后，\n出具书面确认。\n各村:\n按时报送";

        var clauses = ClauseSplitter.Split(text);

        Assert.Equal(["由村干部入户核实后", "出具书面确认", "各村", "按时报送"], clauses.Select(c => text[c.Start..c.End]));
        Assert.Equal([0, 0, 2, 3], clauses.Select(c => c.Sentence));
    }
}
