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

    /// <summary>Early signals from the request's title and description alone, for a form still being filled in.</summary>
    public static PrecheckResult Signals(PrecheckRequest request, PrecheckContext context, AppLanguage language) =>
        new PrecheckRun(request, context, language).Signals();
}
