namespace TaskAdmission.Application.Purchase.Finance;

/// <summary>Money of one month: contracts signed in it and net payments made in it.</summary>
public sealed record MoneyMonth(int Month, long ContractFen, long PaidFen);
