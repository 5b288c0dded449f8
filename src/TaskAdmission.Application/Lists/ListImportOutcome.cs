using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// What an import that passed every rule did: the draft it created (<see cref="SetId"/>), or, for a check-only run,
/// nothing (<see cref="SetId"/> null). <see cref="Items"/> holds the first imported items for a preview,
/// <see cref="KindCounts"/> counts them all. An import that breaks a rule is refused instead.
/// </summary>
public sealed record ListImportOutcome(Guid? SetId, int RowsRead, IReadOnlyList<ListItem> Items)
{
    public IReadOnlyDictionary<ListKind, int> KindCounts { get; init; } = new Dictionary<ListKind, int>();

    public bool Written => SetId is not null;
}
