using TaskAdmission.Core.Burden;

namespace TaskAdmission.Core.Tests.Burden;

public sealed class TargetRulesTests
{
    private static List<string> Codes(TargetInput input) => TargetRules.Validate(input, c => c == "990100000000").Select(p => $"{p.Field}:{p.Code}").ToList();

    [Fact]
    public void Validate_AWellFormedTarget_HasNoProblems() =>
        Assert.Empty(Codes(new("990100000000", "减负四成", null, BurdenMeasure.Items, TargetGoal.ReduceByPercent, 40, new(2026, 1, 1), new(2028, 2, 29))));

    [Fact]
    public void Validate_WindowOffPeriodBoundaries_NamesBothDates() =>
        Assert.Equal(["startDate:StartOfMonth", "dueDate:EndOfMonth"],
            Codes(new("990100000000", "x", null, BurdenMeasure.Items, TargetGoal.ReduceByPercent, 40, new(2026, 1, 2), new DateOnly(2027, 2, 28).AddDays(-1))));

    [Fact]
    public void Validate_UnknownUnitPercentAndOrder_AreEachNamed() =>
        Assert.Equal(["orgUnitCode:UnknownUnit", "name:Required", "value:PercentRange", "dueDate:DueBeforeStart"],
            Codes(new("990200000000", " ", null, BurdenMeasure.Items, TargetGoal.ReduceByPercent, 140, new(2026, 6, 1), new(2026, 5, 31))));
}
