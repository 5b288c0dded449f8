namespace TaskAdmission.Core.Common;

/// <summary>
/// The one way a use case says no: thrown before anything is written (or with the transaction rolled back). The API
/// maps it once to problem+json (404/409/400/403); a page catches it and shows its problems with <c>FormErrors.Add</c>.
/// </summary>
public sealed class RefusalException(RefusalKind kind, IReadOnlyList<IProblem> problems, Exception? inner = null)
    : Exception($"{kind}: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Code}")), inner)
{
    public RefusalKind Kind { get; } = kind;

    public IReadOnlyList<IProblem> Problems { get; } = problems;

    /// <summary>The first problem's code ("" when the refusal has none, e.g. a plain not-found).</summary>
    public string Code => Problems.Count > 0 ? Problems[0].Code : "";

    /// <summary>The problems of one feature's type (e.g. the admission form's <see cref="FieldProblem"/>s).</summary>
    public IReadOnlyList<T> ProblemsOf<T>() where T : IProblem => [.. Problems.OfType<T>()];

    /// <summary>Not found or not visible; <paramref name="code"/> may name what was looked for (e.g. "UserNotFound").</summary>
    public static RefusalException NotFound(string? code = null) =>
        new(RefusalKind.NotFound, code is null ? [] : [new FieldProblem("", code)]);

    public static RefusalException Conflict(string code, Exception? inner = null) => new(RefusalKind.Conflict, [new FieldProblem("", code)], inner);

    public static RefusalException Forbidden(string code) => new(RefusalKind.Forbidden, [new FieldProblem("", code)]);

    public static RefusalException Invalid(IReadOnlyList<IProblem> problems) => new(RefusalKind.Invalid, problems);

    public static RefusalException Invalid(string field, string code, params object[] args) =>
        new(RefusalKind.Invalid, [new FieldProblem(field, code, args)]);
}
