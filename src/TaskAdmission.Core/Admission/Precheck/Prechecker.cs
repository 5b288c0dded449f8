using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// The deterministic machine check (机审) of a task against the lists in force and the national rules. Pure: the
/// same request and context always give the same findings, so a decision's check can be replayed.
/// </summary>
public static class Prechecker
{
    public static PrecheckResult Check(PrecheckRequest request, PrecheckContext context, AppLanguage language) =>
        new PrecheckRun(request, context, language).Execute();

    /// <summary>
    /// The same check, also handing back its language-independent reading of the text, so the check in the other
    /// language (<see cref="Check(PrecheckRequest, PrecheckContext, AppLanguage, PrecheckAnalysis)"/>) need not read it again.
    /// </summary>
    public static PrecheckResult Check(PrecheckRequest request, PrecheckContext context, AppLanguage language, out PrecheckAnalysis analysis)
    {
        var run = new PrecheckRun(request, context, language);
        var result = run.Execute();
        analysis = run.Analysis;
        return result;
    }

    /// <summary>
    /// The check of the same request and context in another language, reusing the reading a check of them made: the same
    /// findings, written in <paramref name="language"/>. An analysis of another request or context is not used (the text
    /// is read afresh).
    /// </summary>
    public static PrecheckResult Check(PrecheckRequest request, PrecheckContext context, AppLanguage language, PrecheckAnalysis analysis) =>
        new PrecheckRun(request, context, language, analysis).Execute();

    /// <summary>Early signals from the request's title and description alone, for a form still being filled in.</summary>
    public static PrecheckResult Signals(PrecheckRequest request, PrecheckContext context, AppLanguage language) =>
        new PrecheckRun(request, context, language).Signals();
}
