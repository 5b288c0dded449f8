namespace TaskAdmission.Core.Purchase;

/// <summary>The first step of a case: what is bought, for which villages, with how much money from where, for how long.</summary>
public sealed record CaseDescription(
    string Title,
    string ServiceDescription,
    string Deliverables,
    IReadOnlyList<string> VillageCodes,
    decimal? Budget,
    FundingSource? FundingSource,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd);
