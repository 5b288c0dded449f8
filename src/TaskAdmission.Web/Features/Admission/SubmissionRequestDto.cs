using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>The body of POST /api/v1/submissions: the task plus its contact person.</summary>
public sealed class SubmissionRequestDto : PrecheckRequestDto
{
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? Frequency { get; set; }
}
