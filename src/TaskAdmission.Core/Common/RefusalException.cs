using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Core.Common;

/// <summary>An admission command refused; nothing was written. The API maps it to 404/409/400 problem+json.</summary>
public sealed class RefusalException(RefusalKind kind, IReadOnlyList<FieldProblem> problems, Exception? inner = null)
    : Exception($"{kind}: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Code}")), inner)
{
    public RefusalKind Kind { get; } = kind;
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    public static RefusalException NotFound() => new(RefusalKind.NotFound, []);

    public static RefusalException Conflict(string code, Exception? inner = null) => new(RefusalKind.Conflict, [new FieldProblem("", code)], inner);

    public static RefusalException Invalid(IReadOnlyList<FieldProblem> problems) => new(RefusalKind.Invalid, problems);

    public static RefusalException Invalid(string field, string code, params object[] args) =>
        new(RefusalKind.Invalid, [new FieldProblem(field, code, args)]);
}
