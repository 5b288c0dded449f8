using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>One demand the task puts on each village.</summary>
public sealed class SubmissionDemand
{
    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public int Position { get; set; }
    public DemandKind Kind { get; set; }
    public int Count { get; set; }
    public DemandPeriod Period { get; set; }
    public string? Certificate { get; set; }
    public string? Signboard { get; set; }
    public string? Note { get; set; }

    public DemandRequest ToRequest() => new(Kind, Count, Period, Certificate, Signboard, Note);
}
