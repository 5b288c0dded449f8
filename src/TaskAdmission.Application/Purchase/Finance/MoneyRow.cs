namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>One line of the money view (a department, a provider, a village, or the total), in whole fen.</summary>
public sealed record MoneyRow(string Key, int Cases, long BudgetFen, long ContractFen, long AcceptedFen, long PaidFen)
{
    /// <summary>What the contracts still owe: contracted minus paid.</summary>
    public long OutstandingFen => ContractFen - PaidFen;

    /// <summary>Accepted work not yet paid for.</summary>
    public long AcceptedUnpaidFen => AcceptedFen - PaidFen;
}
