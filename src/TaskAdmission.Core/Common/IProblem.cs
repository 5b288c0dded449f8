namespace TaskAdmission.Core.Common;

/// <summary>
/// One reason a use case refused: where (a form field as a JSON path, a file column, or "" for the command as a whole)
/// and a stable code. Each feature's problem type carries its own typed code and arguments and is rendered from that
/// feature's message catalogue (<see cref="FieldProblem"/>, <c>ListProblem</c>).
/// </summary>
public interface IProblem
{
    string Field { get; }

    string Code { get; }
}
