namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>
/// The money view of a scope: totals and the same figures per department, per provider and per village (a case
/// covering several villages counts in full under each, so the village lines do not add up to the total), contracted
/// and paid by month, and the three alerts (the first <see cref="PurchaseMoneyService.MaxAlerts"/> of each, with counts).
/// </summary>
public sealed record MoneyView(
    MoneyFilter Filter,
    MoneyRow Totals,
    IReadOnlyList<MoneyRow> ByDepartment,
    IReadOnlyList<MoneyRow> ByProvider,
    IReadOnlyList<MoneyRow> ByVillage,
    IReadOnlyList<MoneyMonth> Months,
    IReadOnlyList<UnpaidAlert> Unpaid,
    int UnpaidCount,
    IReadOnlyList<UnsignedAlert> Unsigned,
    int UnsignedCount,
    IReadOnlyList<FundsAlert> FundsMissing,
    int FundsMissingCount);
