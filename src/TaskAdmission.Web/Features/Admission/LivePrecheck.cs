using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>
/// Checks a form as it stands (nothing stored): the result, or the problems that keep it from being checked together
/// with the early signals of its title and description (a provisional result) when it has either.
/// </summary>
public static class LivePrecheck
{
    public static async Task<(PrecheckResult? Result, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        SubmissionForm form, string departmentCode, AdmissionService admission, CancellationToken ct = default)
    {
        var (input, parsing) = form.ToInput(departmentCode, admission.Today);
        // Frequency and contact are not part of the check: their problems wait for "save".
        var blocking = parsing.Where(p => p.Field != "frequency").ToList();
        if (blocking.Count > 0)
        {
            return await EarlyAsync(form, departmentCode, admission, SubmissionForm.Merge(blocking, SubmissionValidator.Validate(input.Request)), ct);
        }
        try
        {
            return ((await admission.PrecheckAsync(input.Request, AdmissionText.Language, ct)).Result, []);
        }
        catch (RefusalException ex) when (ex.Kind == RefusalKind.Invalid)
        {
            return await EarlyAsync(form, departmentCode, admission, ex.ProblemsOf<FieldProblem>(), ct);
        }
    }

    /// <summary>Not checkable yet: what the title and description already give away is shown as early signals.</summary>
    private static async Task<(PrecheckResult?, IReadOnlyList<FieldProblem>)> EarlyAsync(
        SubmissionForm form, string departmentCode, AdmissionService admission, IReadOnlyList<FieldProblem> missing, CancellationToken ct)
    {
        var early = string.IsNullOrWhiteSpace(form.Title) && string.IsNullOrWhiteSpace(form.Description) ? null
            : await admission.EarlySignalsAsync(form.Title.Trim(), form.Description.Trim(), departmentCode, form.Targets, AdmissionText.Language, ct);
        return (early, missing);
    }
}
