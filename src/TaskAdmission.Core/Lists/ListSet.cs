namespace TaskAdmission.Core.Lists;

/// <summary>
/// One version of the lists published by a city or district (e.g. "示范市村(社区)工作事项清单" 2025版).
/// A plain entity: the data layer maps it with EF Core's fluent API; rules live in the static helpers.
/// </summary>
public sealed class ListSet
{
    public Guid Id { get; set; }

    /// <summary>12-digit code of the city or district org unit that publishes the set.</summary>
    public string AuthorityOrgUnitCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string VersionLabel { get; set; } = "";

    /// <summary>First day in force; set when the set is published.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Last day in force (inclusive); null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; set; }

    public ListSetStatus Status { get; set; } = ListSetStatus.Draft;

    /// <summary>For a district refinement: the city set it refines.</summary>
    public Guid? ParentListSetId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public List<ListItem> Items { get; set; } = [];
}
