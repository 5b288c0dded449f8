using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission;

/// <summary>A submission as a form or an API client gives it: the checked request plus the contact person.</summary>
public sealed record SubmissionInput(PrecheckRequest Request, string ContactName, string ContactPhone, string? Frequency = null);
