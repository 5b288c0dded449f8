using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>What comes with the task (费随事转).</summary>
public sealed class SupportDto
{
    public decimal? FundingYuanPerVillage { get; set; }
    public bool StaffProvided { get; set; }
    public bool TrainingProvided { get; set; }
    public bool EquipmentProvided { get; set; }
}
