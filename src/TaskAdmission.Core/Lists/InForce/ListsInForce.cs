using System.Diagnostics.CodeAnalysis;

namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// The lists that apply to a village on a date — or, when the city has no set in force then, a
/// <see cref="Problem"/> saying so (a normal outcome, not an exception).
/// </summary>
public sealed class ListsInForce
{
    private ListsInForce(AuthorityChain chain, DateOnly date, MergedList? list, ListProblem? problem)
    {
        Chain = chain;
        Date = date;
        List = list;
        Problem = problem;
    }

    public AuthorityChain Chain { get; }

    public DateOnly Date { get; }

    public MergedList? List { get; }

    /// <summary><see cref="ListProblemCode.NoListInForce"/> when <see cref="IsInForce"/> is false.</summary>
    public ListProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(List))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsInForce => List is not null;

    public IReadOnlyList<EffectiveItem> Items => List?.Items ?? [];

    public bool TryGet(string code, [NotNullWhen(true)] out EffectiveItem? item)
    {
        item = null;
        return List is not null && List.TryGet(code, out item);
    }

    internal static ListsInForce Found(AuthorityChain chain, DateOnly date, MergedList list) => new(chain, date, list, null);

    internal static ListsInForce None(AuthorityChain chain, DateOnly date) =>
        new(chain, date, null, ListProblem.General(ListProblemCode.NoListInForce, chain.CityCode, date));
}
