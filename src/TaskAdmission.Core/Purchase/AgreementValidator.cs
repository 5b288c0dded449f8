namespace TaskAdmission.Core.Purchase;

/// <summary>
/// Checks an agreement draft against its case: every amount valid money, the price within the budget (a case is never
/// signed over budget), the milestones adding up to the price exactly, their dates within the service period.
/// </summary>
public static class AgreementValidator
{
    public static List<PurchaseProblem> Validate(AgreementDraft a, long budgetFen, DateOnly periodStart, DateOnly periodEnd)
    {
        var problems = new List<PurchaseProblem>();
        TextRules.Required(problems, "agreementNumber", a.AgreementNumber, PurchaseCase.AgreementNumberMax);
        TextRules.Required(problems, "scope", a.Scope, PurchaseCase.ScopeMax);
        TextRules.Required(problems, "acceptanceCriteria", a.AcceptanceCriteria, PurchaseCase.CriteriaMax);
        var priceProblems = Money.Check("price", a.Price, positive: true).ToList();
        problems.AddRange(priceProblems);
        if (priceProblems.Count == 0 && OverBudget(Money.ToFen(a.Price!.Value), budgetFen) is { } over)
        {
            problems.Add(over);
        }
        if (a.Milestones.Count == 0)
        {
            problems.Add(new PurchaseProblem("milestones", PurchaseProblemCode.Required));
        }
        else if (a.Milestones.Count > Milestone.MaxPerCase)
        {
            problems.Add(new PurchaseProblem("milestones", PurchaseProblemCode.TooMany, Milestone.MaxPerCase));
        }
        var sum = 0L;
        var amountsValid = true;
        for (var i = 0; i < Math.Min(a.Milestones.Count, Milestone.MaxPerCase); i++)
        {
            var m = a.Milestones[i];
            TextRules.Required(problems, $"milestones[{i}].title", m.Title, Milestone.TitleMax);
            var amount = Money.Check($"milestones[{i}].amount", m.Amount, positive: true).ToList();
            problems.AddRange(amount);
            if (amount.Count == 0)
            {
                sum += Money.ToFen(m.Amount!.Value);
            }
            amountsValid &= amount.Count == 0;
            if (m.DueDate is not { } due)
            {
                problems.Add(new PurchaseProblem($"milestones[{i}].dueDate", PurchaseProblemCode.Required));
            }
            else if (due < periodStart || due > periodEnd)
            {
                problems.Add(new PurchaseProblem($"milestones[{i}].dueDate", PurchaseProblemCode.MilestoneDueOutsidePeriod, periodStart.ToString("yyyy-MM-dd"), periodEnd.ToString("yyyy-MM-dd")));
            }
        }
        if (priceProblems.Count == 0 && amountsValid && a.Milestones.Count is > 0 and <= Milestone.MaxPerCase && sum != Money.ToFen(a.Price!.Value))
        {
            problems.Add(new PurchaseProblem("milestones", PurchaseProblemCode.MilestoneSumMismatch, Money.FormatFen(sum), Money.Format(a.Price!.Value)));
        }
        return problems;
    }

    /// <summary>The over-budget problem, or null: checked when drafting and again when signing.</summary>
    public static PurchaseProblem? OverBudget(long priceFen, long budgetFen) =>
        priceFen > budgetFen ? new PurchaseProblem("price", PurchaseProblemCode.OverBudget, Money.FormatFen(priceFen), Money.FormatFen(budgetFen)) : null;
}
