using TaskAdmission.Core.Lists;

namespace TaskAdmission.Data.Stores.Lists;

/// <summary>
/// What an import did: the problems (nothing written), or the draft it created — or, for a check-only run, what it
/// would create. <see cref="Items"/> holds the imported items for a preview.
/// </summary>
public sealed record ListImportOutcome(
    ListResult<Guid> Result,
    int RowsRead,
    IReadOnlyList<ListItem> Items,
    bool Written)
{
    public ListOutcome Outcome => Result.Outcome;

    public IReadOnlyList<ListProblem> Problems => Result.Problems;
}
