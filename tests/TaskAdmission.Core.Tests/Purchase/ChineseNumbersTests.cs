using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

public sealed class ChineseNumbersTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(112, "一百一十二")]
    [InlineData(999, "九百九十九")]
    public void Numeral_NumbersClausesAsChineseDocumentsDo(int n, string expected) => Assert.Equal(expected, ChineseNumbers.Numeral(n));

    [Theory]
    [InlineData(0L, "人民币零元整")]
    [InlineData(123L, "人民币壹元贰角叁分")]
    [InlineData(5_030_000L, "人民币伍万零叁佰元整")]
    [InlineData(6_000_000L, "人民币陆万元整")]
    [InlineData(100_000_005L, "人民币壹佰万元零伍分")]
    [InlineData(100_000_050L, "人民币壹佰万元伍角整")]
    [InlineData(1_000_100_000L, "人民币壹仟万壹仟元整")] // zeros closing a group are not written
    [InlineData(1_000_010_000L, "人民币壹仟万零壹佰元整")]
    [InlineData(10_000_000_000L, "人民币壹亿元整")]
    [InlineData(4_999_999L, "人民币肆万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData(10_005_000_020L, "人民币壹亿零伍万元贰角整")]
    public void Capital_WritesAmountsInCapitalFigures(long fen, string expected) => Assert.Equal(expected, ChineseNumbers.Capital(fen));
}
