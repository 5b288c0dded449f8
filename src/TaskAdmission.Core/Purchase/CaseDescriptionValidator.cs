using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Core.Purchase;

/// <summary>Checks a case description (the direct-start form, the describe step, the API alike) before anything is stored.</summary>
public static class CaseDescriptionValidator
{
    /// <param name="kindOf">The kind of an org unit code, or null when no unit has it.</param>
    public static List<PurchaseProblem> Validate(CaseDescription d, Func<string, OrgUnitKind?> kindOf)
    {
        var problems = new List<PurchaseProblem>();
        TextRules.Required(problems, "title", d.Title, PurchaseCase.TitleMax);
        TextRules.Required(problems, "serviceDescription", d.ServiceDescription, PurchaseCase.DescriptionMax);
        TextRules.Required(problems, "deliverables", d.Deliverables, PurchaseCase.DeliverablesMax);
        var villages = d.VillageCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (villages.Count == 0)
        {
            problems.Add(new PurchaseProblem("villageCodes", PurchaseProblemCode.Required));
        }
        else if (villages.Count > PurchaseCase.MaxVillages)
        {
            problems.Add(new PurchaseProblem("villageCodes", PurchaseProblemCode.TooMany, PurchaseCase.MaxVillages));
        }
        foreach (var code in villages.Take(PurchaseCase.MaxVillages))
        {
            switch (kindOf(code))
            {
                case null:
                    problems.Add(new PurchaseProblem("villageCodes", PurchaseProblemCode.UnknownOrgUnit, code));
                    break;
                case OrgUnitKind.Village or OrgUnitKind.Community:
                    break;
                default:
                    problems.Add(new PurchaseProblem("villageCodes", PurchaseProblemCode.NotAVillage, code));
                    break;
            }
        }
        problems.AddRange(Money.Check("budget", d.Budget, positive: true));
        if (d.FundingSource is not { } source || !Enum.IsDefined(source))
        {
            problems.Add(new PurchaseProblem("fundingSource", PurchaseProblemCode.Required));
        }
        if (d.PeriodStart is null)
        {
            problems.Add(new PurchaseProblem("periodStart", PurchaseProblemCode.Required));
        }
        if (d.PeriodEnd is null)
        {
            problems.Add(new PurchaseProblem("periodEnd", PurchaseProblemCode.Required));
        }
        else if (d.PeriodStart is { } start && d.PeriodEnd < start)
        {
            problems.Add(new PurchaseProblem("periodEnd", PurchaseProblemCode.DatesReversed));
        }
        return problems;
    }
}
