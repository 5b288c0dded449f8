using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>Which set something comes from: its id, the publishing authority's code and the version.</summary>
public sealed record ListSetRefDto(Guid SetId, string Authority, string VersionLabel)
{
    public static ListSetRefDto Of(ListSetRef set) => new(set.SetId, set.AuthorityCode, set.VersionLabel);
}
