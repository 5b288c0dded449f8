using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Application.Admission;

/// <summary>An admission command refused; nothing was written. The API maps it to 404/409/400 problem+json.</summary>
public sealed class AdmissionException(AdmissionErrorKind kind, IReadOnlyList<FieldProblem> problems, Exception? inner = null)
    : Exception($"{kind}: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Code}")), inner)
{
    public AdmissionErrorKind Kind { get; } = kind;
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    public static AdmissionException NotFound() => new(AdmissionErrorKind.NotFound, []);

    public static AdmissionException Conflict(string code, Exception? inner = null) => new(AdmissionErrorKind.Conflict, [new FieldProblem("", code)], inner);

    public static AdmissionException Invalid(IReadOnlyList<FieldProblem> problems) => new(AdmissionErrorKind.Invalid, problems);

    public static AdmissionException Invalid(string field, string code, params object[] args) =>
        new(AdmissionErrorKind.Invalid, [new FieldProblem(field, code, args)]);
}
