namespace TaskAdmission.Core.Lists.Publishing;

/// <summary>Thrown by <see cref="ListPublishing.EnsureEditable"/>: a published or retired set was about to change.</summary>
public sealed class ListSetNotEditableException(ListProblem problem)
    : InvalidOperationException($"List set is not editable: {problem}")
{
    public ListProblem Problem { get; } = problem;
}
