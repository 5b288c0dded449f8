using TaskAdmission.Core.Admission.Recognition.Patterns;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

public sealed class PatternParserTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Groups = new()
    {
        ["税费"] = ["税", "费", "税款", "医保费"],
        ["征收"] = ["征收", "代收", "收缴"],
    };

    [Fact]
    public void Compile_ExpandsConcatenatedAlternativesAndGroups()
    {
        var (pattern, error) = PatternParser.Compile("(目标|安全)责任(状|书) ~8 {税费} !宣传", Groups);

        Assert.Null(error);
        Assert.Equal(["安全责任书", "安全责任状", "目标责任书", "目标责任状"], pattern!.Terms[0]);
        Assert.Equal(["医保费", "税", "税款", "费"], pattern.Terms[1].Order(StringComparer.Ordinal));
        Assert.Equal([8], pattern.Gaps);
        Assert.Equal(["宣传"], Assert.Single(pattern.Exclusions));
    }

    [Fact]
    public void Compile_NormalisesFullWidthOperatorsAndTraditionalCharacters()
    {
        var (pattern, error) = PatternParser.Compile("（代徵｜催繳）～１０ 稅費", Groups);

        Assert.Null(error);
        Assert.Equal(["代征", "催缴"], pattern!.Terms[0]);
        Assert.Equal(["税费"], pattern.Terms[1]);
        Assert.Equal([10], pattern.Gaps);
    }

    [Theory]
    [InlineData("", PatternErrorCode.Empty, 1)]
    [InlineData("   ", PatternErrorCode.Empty, 1)]
    [InlineData("(代征|)税", PatternErrorCode.EmptyAlternative, 5)]
    [InlineData("()", PatternErrorCode.EmptyAlternative, 2)]
    [InlineData("(代征|代收", PatternErrorCode.UnbalancedParenthesis, 1)]
    [InlineData("代征)", PatternErrorCode.UnbalancedParenthesis, 3)]
    [InlineData("((代征))", PatternErrorCode.NestedParenthesis, 2)]
    [InlineData("村（社区）代收", PatternErrorCode.SingleChoice, 2)]
    [InlineData("签到 !村（社区）会议", PatternErrorCode.SingleChoice, 6)]
    [InlineData("({税费}) ~5 代收", PatternErrorCode.SingleChoice, 1)]
    [InlineData("签到 !（村（社区））", PatternErrorCode.NestedParenthesis, 7)]
    [InlineData("代征 ~ 税费", PatternErrorCode.GapWithoutNumber, 4)]
    [InlineData("代征 ~80 税费", PatternErrorCode.GapOutOfRange, 5)]
    [InlineData("代征 ~0 税费", PatternErrorCode.GapOutOfRange, 5)]
    [InlineData("~5 税费", PatternErrorCode.GapWithoutTerm, 1)]
    [InlineData("代征 ~5", PatternErrorCode.GapWithoutTerm, 5)]
    [InlineData("代征 !", PatternErrorCode.ExclusionWithoutTerm, 4)]
    [InlineData("代征 !宣传 ~5 税", PatternErrorCode.TermAfterExclusion, 8)]
    [InlineData("代征|代收", PatternErrorCode.UnexpectedCharacter, 3)]
    [InlineData("{税费", PatternErrorCode.UnbalancedBrace, 1)]
    [InlineData("代征,税费", PatternErrorCode.ClauseBreakInLiteral, 3)]
    [InlineData("，", PatternErrorCode.ClauseBreakInLiteral, 1)]
    [InlineData("\u200B", PatternErrorCode.Empty, 1)]
    [InlineData("a ~1 b ~1 c ~1 d ~1 e", PatternErrorCode.TooManyTerms, 21)]
    public void Parse_RefusesWithCodeAndPosition(string source, PatternErrorCode code, int position)
    {
        var (pattern, error) = PatternParser.Parse(source);

        Assert.Null(pattern);
        Assert.Equal(code, error!.Code);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("税", PatternErrorCode.TooBroad)]
    [InlineData("{税费}", PatternErrorCode.TooBroad)]
    [InlineData("{没有这个组} ~5 征收", PatternErrorCode.UnknownGroup)]
    [InlineData("(a|b|c|d)(e|f|g|h)(i|j|k|l)(m|n|o|p)", PatternErrorCode.TooManyAlternatives)]
    public void Compile_RefusesWhatWouldMatchTooMuchOrCannotResolve(string source, PatternErrorCode code)
    {
        var (pattern, error) = PatternParser.Compile(source, Groups);

        Assert.Null(pattern);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void Compile_AcceptsOneCharacterTerm_WhenPairedWithAnother()
    {
        var (pattern, error) = PatternParser.Compile("{征收} ~6 {税费}", Groups);

        Assert.Null(error);
        Assert.Equal(2, pattern!.Terms.Length);
    }

    [Fact]
    public void SplitCell_SplitsOnHalfAndFullWidthSemicolons()
    {
        Assert.Equal(["招商引资", "引进 ~4 企业", "招商任务"], PatternParser.SplitCell(" 招商引资;引进 ~4 企业；招商任务; "));
        Assert.Empty(PatternParser.SplitCell(null));
    }
}
