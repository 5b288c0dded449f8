using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// An admitted task still running, for DUPLICATE_COLLECTION: what it asks, where, and the data fields it collects.
/// <see cref="VillageCodes"/> may hold only some of the checked request's targets that the task reaches (the application
/// loads one: only the overlap is asked); <see cref="SharedVillages"/> then says how many there are.
/// </summary>
public sealed record ActiveTask(Guid Id, string DepartmentCode, string Title, DemandKind Demands, IReadOnlySet<string> VillageCodes)
{
    public string Number { get; init; } = "";

    /// <summary>The data fields it declared (canonical names).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public string DepartmentNameZh { get; init; } = "";
    public string DepartmentNameEn { get; init; } = "";

    /// <summary>How many of the checked request's target villages the task reaches, when counted by the loader.</summary>
    public int? SharedVillages { get; init; }
}
