using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>The outcome of a change: done (with a value), or why not. Problems render with ListMessages.</summary>
public sealed class ListResult<T>
{
    internal ListResult(ListOutcome outcome, T? value, IReadOnlyList<ListProblem> problems, ListRefusal refusal)
    {
        Outcome = outcome;
        Value = value;
        Problems = problems;
        Refusal = refusal;
    }

    public ListOutcome Outcome { get; }

    public T? Value { get; }

    public IReadOnlyList<ListProblem> Problems { get; }

    public ListRefusal Refusal { get; }

    public bool Succeeded => Outcome == ListOutcome.Done;

    public static ListResult<T> Done(T value) => new(ListOutcome.Done, value, [], ListRefusal.None);

    public static ListResult<T> NotFound() => new(ListOutcome.NotFound, default, [], ListRefusal.None);

    public static ListResult<T> Conflict() => new(ListOutcome.Conflict, default, [], ListRefusal.None);

    public static ListResult<T> Invalid(IReadOnlyList<ListProblem> problems) => new(ListOutcome.Invalid, default, problems, ListRefusal.None);

    public static ListResult<T> Refused(ListRefusal refusal) => new(ListOutcome.Invalid, default, [], refusal);

    /// <summary>The same failure with another value type (for passing a refusal up).</summary>
    public ListResult<TOther> Failure<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a failed result can be passed on as a failure.")
        : new(Outcome, default, Problems, Refusal);
}
