using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Lists;

/// <summary>A list item as the API shows it; kinds and demands use the CSV tokens (e.g. "Assist", ["Survey"]).</summary>
public sealed record ListItemDto(
    string Code,
    string Kind,
    string TitleZh,
    string? TitleEn,
    string? Category,
    string? Department,
    string? LegalBasis,
    string[] AllowedDemands,
    string? ParentCode,
    string? Notes)
{
    public static ListItemDto Of(ListItem i) => new(
        i.Code, i.Kind.ToString(), i.TitleZh, i.TitleEn, i.Category, i.DepartmentCode, i.LegalBasis,
        Demands(i.AllowedDemands), i.ParentCode, i.Notes);

    public static string[] Demands(DemandKind demands) => DemandKinds.Split(demands).Select(d => d.ToString()).ToArray();
}
