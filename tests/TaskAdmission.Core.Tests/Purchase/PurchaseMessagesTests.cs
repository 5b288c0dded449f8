using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

public sealed class PurchaseMessagesTests
{
    [Fact]
    public void EveryCode_HasATextInBothLanguages()
    {
        Assert.Equal(Enum.GetValues<PurchaseProblemCode>().Order(), PurchaseMessages.Codes.Order());
        foreach (var code in Enum.GetValues<PurchaseProblemCode>())
        {
            var problem = new PurchaseProblem("price", code, "1", "2");
            var zh = PurchaseMessages.Text(problem, AppLanguage.ZhCn);
            var en = PurchaseMessages.Text(problem, AppLanguage.En);
            Assert.False(string.IsNullOrWhiteSpace(zh));
            Assert.NotEqual(zh, en);
            Assert.DoesNotContain("{", zh + en);
        }
    }

    [Fact]
    public void Text_NamesTheFieldWithoutItsIndex()
    {
        var problem = new PurchaseProblem("milestones[2].amount", PurchaseProblemCode.MoneyPrecision);
        Assert.Equal("节点金额最多保留两位小数（精确到分）。", PurchaseMessages.Text(problem, AppLanguage.ZhCn));
        Assert.Equal("Milestone amount may have at most two decimal places (fen).", PurchaseMessages.Text(problem, AppLanguage.En));
    }

    [Fact]
    public void Text_OfAnImportRow_SaysWhichRow() =>
        Assert.Equal("Row 7: Unified social credit code \"X\" is invalid (18 characters with a GB 32100 check character).",
            PurchaseMessages.Text(new PurchaseProblem("credit_code", PurchaseProblemCode.BadCreditCode, "X") { Row = 7 }, AppLanguage.En));
}
