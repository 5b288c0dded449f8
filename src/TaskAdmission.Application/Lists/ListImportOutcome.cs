using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// What an import did: the problems (nothing written), or the draft it created — or, for a check-only run, what it
/// would create. <see cref="Items"/> holds the first imported items for a preview, <see cref="KindCounts"/> counts them all.
/// </summary>
public sealed record ListImportOutcome(
    ListResult<Guid> Result,
    int RowsRead,
    IReadOnlyList<ListItem> Items,
    bool Written)
{
    public IReadOnlyDictionary<ListKind, int> KindCounts { get; init; } = new Dictionary<ListKind, int>();

    public ListOutcome Outcome => Result.Outcome;

    public IReadOnlyList<ListProblem> Problems => Result.Problems;
}
