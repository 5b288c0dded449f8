namespace TaskAdmission.Core.Common;

/// <summary>
/// The moves an entity's status may make, one table per entity (<c>Submission.Lifecycle</c>, <c>Assignment.Lifecycle</c>,
/// ...). Every status change goes through the entity's <c>MoveTo</c>, which asks <see cref="Move"/>: a use case first
/// refuses what a user may not do (a <see cref="RefusalException"/>), so a move the table does not list is a bug and
/// throws <see cref="InvalidOperationException"/> before anything is saved. Staying in the same status is always allowed.
/// </summary>
public sealed class Lifecycle<TStatus>(IReadOnlyDictionary<TStatus, TStatus[]> moves) where TStatus : struct, Enum
{
    public bool Allows(TStatus from, TStatus to) =>
        EqualityComparer<TStatus>.Default.Equals(from, to) || (moves.TryGetValue(from, out var next) && next.Contains(to));

    public TStatus Move(TStatus from, TStatus to) =>
        Allows(from, to) ? to : throw new InvalidOperationException($"A {typeof(TStatus).Name} cannot move from {from} to {to}.");
}
