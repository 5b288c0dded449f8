namespace TaskAdmission.Core.Purchase;

/// <summary>Where the budget of a purchase comes from. Persisted by name.</summary>
public enum FundingSource
{
    /// <summary>本级财政.</summary>
    LocalFinance,

    /// <summary>上级转移支付.</summary>
    TransferPayment,

    /// <summary>部门预算.</summary>
    DepartmentBudget,
}
