using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Organisation;

/// <summary>Either the rows to write or every problem found; never both.</summary>
public sealed record OrgImportResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
