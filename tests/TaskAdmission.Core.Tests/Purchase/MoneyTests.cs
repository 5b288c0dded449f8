using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("-0.01", PurchaseProblemCode.MoneyNegative)]
    [InlineData("12.345", PurchaseProblemCode.MoneyPrecision)]
    [InlineData("0", PurchaseProblemCode.MoneyZero)]
    [InlineData("10000000000.01", PurchaseProblemCode.MoneyTooLarge)]
    public void Check_NamesTheProblem(string value, PurchaseProblemCode expected)
    {
        var problem = Assert.Single(Money.Check("price", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), positive: true));
        Assert.Equal(("price", expected), (problem.Field, problem.Kind));
    }

    [Fact]
    public void Check_AcceptsZero_WhenZeroIsAllowed() => Assert.Empty(Money.Check("budget", 0m, positive: false));

    [Fact]
    public void Check_AsksForAMissingAmount() => Assert.Equal(PurchaseProblemCode.Required, Assert.Single(Money.Check("budget", null, positive: true)).Kind);

    [Fact]
    public void ToFen_IsExact_WhereBinaryFloatingPointIsNot()
    {
        Assert.Equal(30L, Money.ToFen(0.1m) + Money.ToFen(0.2m));
        Assert.Equal(1_000_000_000_000L, Money.ToFen(Money.MaxYuan));
        Assert.Equal(123.45m, Money.FromFen(Money.ToFen(123.45m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.ToFen(1.005m));
    }
}
