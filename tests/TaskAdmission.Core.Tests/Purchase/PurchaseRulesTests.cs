using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

/// <summary>Bad input to each purchase validator is answered field by field with the code the screens render.</summary>
public sealed class PurchaseRulesTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    private static OrgUnitKind? Kind(string code) => code switch
    {
        "990100100100" or "990100100200" => OrgUnitKind.Village,
        "990100100000" => OrgUnitKind.Township,
        "990100000000" => OrgUnitKind.District,
        _ => null,
    };

    private static CaseDescription Description(decimal? budget = 50_000m, DateOnly? end = null, params string[] villages) =>
        new("养老服务", "为留守老人提供上门关爱服务", "走访记录与服务台账", villages.Length == 0 ? ["990100100100"] : villages,
            budget, FundingSource.LocalFinance, Start, end ?? End);

    private static IEnumerable<(string, PurchaseProblemCode)> Codes(IEnumerable<PurchaseProblem> problems) => problems.Select(p => (p.Field, p.Kind));

    [Fact]
    public void Description_IsValid_WhenComplete() => Assert.Empty(CaseDescriptionValidator.Validate(Description(), Kind));

    [Theory]
    [InlineData("-1", PurchaseProblemCode.MoneyNegative)]
    [InlineData("100.005", PurchaseProblemCode.MoneyPrecision)]
    [InlineData("0", PurchaseProblemCode.MoneyZero)]
    public void Description_RefusesABadBudget(string budget, PurchaseProblemCode code) =>
        Assert.Equal([("budget", code)], Codes(CaseDescriptionValidator.Validate(Description(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture)), Kind)));

    [Fact]
    public void Description_RefusesAnEndBeforeTheStart() =>
        Assert.Equal([("periodEnd", PurchaseProblemCode.DatesReversed)], Codes(CaseDescriptionValidator.Validate(Description(end: Start.AddDays(-1)), Kind)));

    [Fact]
    public void Description_RefusesTownshipsAndUnknownCodesAsVillages() =>
        Assert.Equal([("villageCodes", PurchaseProblemCode.NotAVillage), ("villageCodes", PurchaseProblemCode.UnknownOrgUnit)],
            Codes(CaseDescriptionValidator.Validate(Description(villages: ["990100100000", "123"]), Kind)));

    [Fact]
    public void Agreement_RefusesAPriceOverBudget_AndMilestonesThatDoNotAddUp()
    {
        var draft = new AgreementDraft("QMG-2026-01", "全镇留守老人关爱", 60_000m, "按走访记录验收",
            [new("首期", 30_000m, Start.AddDays(30)), new("终期", 20_000m, End)]);

        var problems = AgreementValidator.Validate(draft, Money.ToFen(50_000m), Start, End);

        Assert.Equal([("price", PurchaseProblemCode.OverBudget), ("milestones", PurchaseProblemCode.MilestoneSumMismatch)], Codes(problems));
        Assert.Equal(["60,000.00", "50,000.00"], problems[0].Arguments);
    }

    [Fact]
    public void Agreement_RefusesMilestoneAmountsWithThreePlaces_AndDatesOutsideThePeriod() =>
        Assert.Equal([("milestones[0].amount", PurchaseProblemCode.MoneyPrecision), ("milestones[1].dueDate", PurchaseProblemCode.MilestoneDueOutsidePeriod)],
            Codes(AgreementValidator.Validate(new AgreementDraft("N1", "范围", 100m, "标准", [new("一", 50.005m, Start), new("二", 50m, End.AddDays(1))]), Money.ToFen(100m), Start, End)));

    private static Provider Organisation(bool blacklisted = false, ProviderStatus status = ProviderStatus.Active, params string[] areas) => new()
    {
        Id = Guid.NewGuid(), Kind = ProviderKind.SocialOrganisation, Name = "青山社工服务中心", Status = status, Blacklisted = blacklisted,
        ServiceAreaCodes = areas.Length == 0 ? ["990100000000"] : [.. areas],
    };

    private static readonly CoveredVillage Shiqiao = new("990100100100", ["990100100000", "990100000000", "990000000000"]);
    private static readonly CoveredVillage Liulin = new("990100300100", ["990100300000", "990100000000", "990000000000"]);

    [Fact]
    public void Selection_RefusesABlacklistedProvider()
    {
        var provider = Organisation(blacklisted: true);
        Assert.Equal([("providerId", PurchaseProblemCode.ProviderBlacklisted)],
            Codes(SelectionRules.Validate(new ProviderSelection(SelectionMode.Choice, provider.Id, "价格最低"), provider, [Shiqiao])));
    }

    [Fact]
    public void Selection_RefusesAProviderOutsideTheCoveredArea()
    {
        var provider = Organisation(areas: "990100100000");
        var problem = Assert.Single(SelectionRules.Validate(new ProviderSelection(SelectionMode.Choice, provider.Id, "熟悉情况"), provider, [Shiqiao, Liulin]));
        Assert.Equal(("providerId", PurchaseProblemCode.ProviderOutsideArea), (problem.Field, problem.Kind));
        Assert.Equal("990100300100", problem.Arguments[1]);
    }

    [Fact]
    public void Selection_AsksForTheReasonOfAChoice_AndEntrustsOnlyTheOneVillagesCommittee()
    {
        var provider = Organisation();
        Assert.Equal([("reason", PurchaseProblemCode.Required)], Codes(SelectionRules.Validate(new ProviderSelection(SelectionMode.Choice, provider.Id, " "), provider, [Shiqiao])));
        Assert.Equal([("mode", PurchaseProblemCode.EntrustmentNeedsOneVillage)], Codes(SelectionRules.Validate(new ProviderSelection(SelectionMode.DirectEntrustment, null, null), null, [Shiqiao, Liulin])));
        Assert.Equal([("mode", PurchaseProblemCode.EntrustmentIsForVillages)], Codes(SelectionRules.Validate(new ProviderSelection(SelectionMode.DirectEntrustment, provider.Id, null), provider, [Shiqiao])));
    }

    [Fact]
    public void Provider_RefusesAnInvalidCreditCode_AndABlacklistWithoutReason()
    {
        var input = new ProviderInput(ProviderKind.Company, "示范物业公司", "91350100M000100Y44", "示范市市场监督管理局", "李明", "023-1234", ["990100000000"], Blacklisted: true);
        Assert.Equal([("creditCode", PurchaseProblemCode.BadCreditCode), ("blacklistReason", PurchaseProblemCode.BlacklistReasonRequired)],
            Codes(ProviderValidator.Validate(input, Kind)));
    }
}
