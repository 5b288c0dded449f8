namespace TaskAdmission.Core.Purchase;

/// <summary>The agreement as the department drafts it: number, scope, price, acceptance criteria and the payment schedule.</summary>
public sealed record AgreementDraft(
    string AgreementNumber,
    string Scope,
    decimal? Price,
    string AcceptanceCriteria,
    IReadOnlyList<MilestoneDraft> Milestones);

/// <summary>One milestone of the payment schedule (付款节点): what, how much, by when.</summary>
public sealed record MilestoneDraft(string Title, decimal? Amount, DateOnly? DueDate);
