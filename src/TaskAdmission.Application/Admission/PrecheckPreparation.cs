using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// A checked request: the context (villages expanded, lists in force loaded), the result and the check's
/// language-independent reading of the text, for a check of the same request in the other language
/// (<see cref="Prechecker.Check(PrecheckRequest, PrecheckContext, Core.Common.AppLanguage, PrecheckAnalysis)"/>).
/// </summary>
public sealed record PrecheckPreparation(PrecheckRequest Request, PrecheckContext Context, PrecheckResult Result, PrecheckAnalysis Analysis);
