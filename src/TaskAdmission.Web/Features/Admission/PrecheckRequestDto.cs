using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>The request body of POST /api/v1/precheck (and the core of POST /api/v1/submissions).</summary>
public class PrecheckRequestDto
{
    public string? DepartmentCode { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? LegalBasis { get; set; }
    public List<string>? ClaimedItemCodes { get; set; }
    public List<string>? TargetOrgUnitCodes { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public bool Emergency { get; set; }
    public string? EmergencyReason { get; set; }
    public List<DemandDto>? Demands { get; set; }
    public SupportDto? Support { get; set; }

    /// <summary>The data fields the task collects from villages (at most 50 names of at most 40 characters; synonyms map onto the dictionary's names).</summary>
    public List<string>? CollectedFields { get; set; }

    /// <summary>The id of an admitted, running task in the target villages whose collection this task reuses.</summary>
    public Guid? ReusesSubmissionId { get; set; }

    public PrecheckRequest ToRequest(DateOnly today) => new()
    {
        DepartmentCode = DepartmentCode?.Trim() ?? "",
        Title = Title ?? "",
        Description = Description ?? "",
        LegalBasis = LegalBasis,
        ClaimedItemCodes = ClaimedItemCodes?.Select(c => c?.Trim() ?? "").ToList() ?? [],
        TargetOrgUnitCodes = TargetOrgUnitCodes?.Select(c => c?.Trim() ?? "").ToList() ?? [],
        StartDate = StartDate ?? default,
        EndDate = EndDate ?? default,
        SubmittedOn = SubmittedOn ?? today,
        Emergency = Emergency,
        EmergencyReason = EmergencyReason,
        Demands = Demands?.Select(d => new DemandRequest(d.Kind ?? DemandKind.None, d.Count ?? 0, d.Period ?? DemandPeriod.Once, d.Certificate, d.Signboard, d.Note)).ToList() ?? [],
        Support = new SupportRequest(Support?.FundingYuanPerVillage ?? 0, Support?.StaffProvided ?? false, Support?.TrainingProvided ?? false, Support?.EquipmentProvided ?? false),
        CollectedFields = CollectedFields?.Select(f => f ?? "").ToList() ?? [],
        ReusesSubmissionId = ReusesSubmissionId,
    };
}
