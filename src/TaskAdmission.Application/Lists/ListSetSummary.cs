using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>A list set without its items, for tables and the API.</summary>
public sealed record ListSetSummary(
    Guid Id,
    string AuthorityOrgUnitCode,
    string Name,
    string VersionLabel,
    ListSetStatus Status,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    Guid? ParentListSetId,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? PublishedAt,
    string? PublishedBy,
    int ItemCount);
