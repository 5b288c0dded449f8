using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission;

/// <summary>A checked request: the context (villages expanded, lists in force loaded) and the result.</summary>
public sealed record PrecheckPreparation(PrecheckRequest Request, PrecheckContext Context, PrecheckResult Result);
