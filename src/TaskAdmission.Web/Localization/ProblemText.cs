using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Localization;

/// <summary>
/// A refusal's problem as a sentence from the domain's message catalogues in Core (list problems from
/// <see cref="ListMessages"/>, field problems from <see cref="SubmissionMessages"/>). Screen-only wording stays in resx.
/// </summary>
public static class ProblemText
{
    public static string Of(IProblem problem, AppLanguage language) => problem switch
    {
        ListProblem p => ListMessages.Text(p.Code, p.Arguments, language),
        FieldProblem p when SubmissionMessages.Knows(p.Code) => SubmissionMessages.Text(p, language),
        _ => problem.Code,
    };
}
