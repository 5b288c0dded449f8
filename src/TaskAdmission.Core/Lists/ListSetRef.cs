namespace TaskAdmission.Core.Lists;

/// <summary>Which list set something comes from: enough to show "青山区 2025版" and to link to the set.</summary>
public sealed record ListSetRef(Guid SetId, string AuthorityCode, string VersionLabel)
{
    public static ListSetRef Of(ListSet set) => new(set.Id, set.AuthorityOrgUnitCode, set.VersionLabel);
}
