namespace TaskAdmission.Core.Lists.Import;

public sealed class ListImportOptions
{
    public static ListImportOptions Default { get; } = new();

    /// <summary>Known departments; null skips the department check (e.g. when the host has none configured).</summary>
    public DepartmentDirectory? Departments { get; init; }

    public int MaxRows { get; init; } = ListFieldLimits.MaxRows;

    /// <summary>
    /// Synonym groups defined outside the file that its phrases may use: for a district refinement, the city set's
    /// (<see cref="SynonymGroups.From"/>). Groups the file defines itself are always known.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? KnownGroups { get; init; }

    /// <summary>
    /// Past this many problems the import stops reading: a wrong file would otherwise produce tens of thousands
    /// of lines nobody reads, and the first thousand say what is wrong.
    /// </summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>Rows between two progress reports.</summary>
    public int ProgressInterval { get; init; } = 1000;
}
