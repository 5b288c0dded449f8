using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>One demand on each village.</summary>
public sealed class DemandDto
{
    public DemandKind? Kind { get; set; }
    public int? Count { get; set; }
    public DemandPeriod? Period { get; set; }
    public string? Certificate { get; set; }
    public string? Signboard { get; set; }
    public string? Note { get; set; }
}
