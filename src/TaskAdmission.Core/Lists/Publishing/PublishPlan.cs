namespace TaskAdmission.Core.Lists.Publishing;

/// <summary>The outcome of checking a publication: problems, or the closures to apply with it.</summary>
public sealed class PublishPlan(DateOnly effectiveFrom, IReadOnlyList<ListProblem> problems, IReadOnlyList<SetClosure> closures)
{
    public DateOnly EffectiveFrom { get; } = effectiveFrom;

    public IReadOnlyList<ListProblem> Problems { get; } = problems;

    /// <summary>Empty when there are problems: nothing may change then.</summary>
    public IReadOnlyList<SetClosure> Closures { get; } = problems.Count == 0 ? closures : [];

    public bool CanPublish => Problems.Count == 0;
}
