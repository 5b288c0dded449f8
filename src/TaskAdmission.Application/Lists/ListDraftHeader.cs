namespace TaskAdmission.Application.Lists;

/// <summary>What a new draft needs besides its items. A district draft without a parent refines the city set in force today.</summary>
public sealed record ListDraftHeader(string AuthorityOrgUnitCode, string Name, string VersionLabel, Guid? ParentListSetId = null);
