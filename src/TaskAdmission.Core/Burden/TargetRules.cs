namespace TaskAdmission.Core.Burden;

/// <summary>The rules of a reduction target: a jurisdiction in scope, a name, a sensible value, and a window on period boundaries.</summary>
public static class TargetRules
{
    public const decimal MaxCap = 100_000;

    public static List<BurdenProblem> Validate(TargetInput input, Func<string, bool> unitInScope)
    {
        var problems = new List<BurdenProblem>();
        var code = input.OrgUnitCode.Trim();
        if (code.Length == 0)
        {
            problems.Add(BurdenProblem.At("orgUnitCode", BurdenProblemCodes.Required));
        }
        else if (!unitInScope(code))
        {
            problems.Add(BurdenProblem.At("orgUnitCode", BurdenProblemCodes.UnknownUnit, null, code));
        }
        var name = input.Name.Trim();
        if (name.Length == 0)
        {
            problems.Add(BurdenProblem.At("name", BurdenProblemCodes.Required));
        }
        else if (name.Length > BurdenTarget.NameMax)
        {
            problems.Add(BurdenProblem.At("name", BurdenProblemCodes.TooLong, null, BurdenTarget.NameMax));
        }
        if (input.Kind is { } kind && !BaselineRules.Kinds.Contains(kind))
        {
            problems.Add(BurdenProblem.At("kind", BurdenProblemCodes.UnknownKind, null, kind));
        }
        if (input.Goal == TargetGoal.ReduceByPercent && input.Value is <= 0 or > 100)
        {
            problems.Add(BurdenProblem.At("value", BurdenProblemCodes.PercentRange));
        }
        if (input.Goal == TargetGoal.CapPerVillagePerYear && input.Value is < 0 or > MaxCap)
        {
            problems.Add(BurdenProblem.At("value", BurdenProblemCodes.CapRange, null, MaxCap));
        }
        if (input.StartDate.Day != 1)
        {
            problems.Add(BurdenProblem.At("startDate", BurdenProblemCodes.StartOfMonth));
        }
        if (input.DueDate.AddDays(1).Day != 1)
        {
            problems.Add(BurdenProblem.At("dueDate", BurdenProblemCodes.EndOfMonth));
        }
        if (input.DueDate <= input.StartDate)
        {
            problems.Add(BurdenProblem.At("dueDate", BurdenProblemCodes.DueBeforeStart));
        }
        if (input.StartDate.Year < BurdenPeriod.MinYear || input.DueDate.Year > BurdenPeriod.MaxYear)
        {
            problems.Add(BurdenProblem.At("dueDate", BurdenProblemCodes.YearRange, null, BurdenPeriod.MinYear, BurdenPeriod.MaxYear));
        }
        return problems;
    }
}
