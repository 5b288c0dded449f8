using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// An item as typed into the draft editor; checked with the import's rules (<see cref="ListItemRules"/>), recognition
/// phrases and lexicon categories included.
/// </summary>
public sealed record ListItemInput(
    string Kind,
    string Code,
    string TitleZh,
    string? TitleEn = null,
    string? Category = null,
    string? Department = null,
    string? LegalBasis = null,
    DemandKind AllowedDemands = DemandKind.None,
    string? ParentCode = null,
    string? Notes = null,
    string? Recognisers = null);
