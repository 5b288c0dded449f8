namespace TaskAdmission.Core.Lists.Search;

/// <summary>Search criteria; every criterion left null or empty is ignored, the rest must all match.</summary>
public sealed class ListItemFilter
{
    /// <summary>Substring(s) of the Chinese or English title; several words separated by spaces must all occur.</summary>
    public string? Text { get; init; }

    public string? Code { get; init; }

    public CodeMatch CodeMatch { get; init; } = CodeMatch.Prefix;

    public IReadOnlyCollection<ListKind>? Kinds { get; init; }

    public string? Category { get; init; }

    public string? DepartmentCode { get; init; }
}
