using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>The case description as the form posts it (text as typed); <see cref="Read"/> turns it into the use case's input.</summary>
public sealed class CaseInput
{
    public string? Title { get; set; } = "";
    public string? ServiceDescription { get; set; } = "";
    public string? Deliverables { get; set; } = "";
    public List<string>? Villages { get; set; } = [];
    public string? Budget { get; set; }
    public string? FundingSource { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }

    public static CaseInput From(PurchaseCase c) => new()
    {
        Title = c.Title,
        ServiceDescription = c.ServiceDescription,
        Deliverables = c.Deliverables,
        Villages = [.. c.Villages.Select(v => v.VillageCode)],
        Budget = PurchaseText.Input(c.BudgetFen),
        FundingSource = c.FundingSource.ToString(),
        PeriodStart = PurchaseText.Date(c.PeriodStart),
        PeriodEnd = PurchaseText.Date(c.PeriodEnd),
    };

    public CaseDescription Read(List<PurchaseProblem> problems)
    {
        var budget = PurchaseText.ParseMoney(Budget, "budget", problems);
        FundingSource? source = Enum.TryParse<FundingSource>(FundingSource, out var s) && Enum.IsDefined(s) && FundingSource == s.ToString() ? s : null;
        return new CaseDescription(Title ?? "", ServiceDescription ?? "", Deliverables ?? "", Villages ?? [], budget, source,
            PurchaseText.ParseDate(PeriodStart, "periodStart", problems), PurchaseText.ParseDate(PeriodEnd, "periodEnd", problems));
    }
}
