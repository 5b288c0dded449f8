namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>A task as a department describes it, the input of the pre-check (and of a submission).</summary>
public sealed record PrecheckRequest
{
    public string DepartmentCode { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string> ClaimedItemCodes { get; init; } = [];
    public IReadOnlyList<string> TargetOrgUnitCodes { get; init; } = [];
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }

    /// <summary>The day the check is made for; lets a decision's check be replayed later.</summary>
    public DateOnly SubmittedOn { get; init; }

    public bool Emergency { get; init; }
    public string? EmergencyReason { get; init; }
    public IReadOnlyList<DemandRequest> Demands { get; init; } = [];
    public SupportRequest Support { get; init; } = new();

    /// <summary>The data fields the task collects from villages (一次采集、多方利用), canonical names from the field dictionary or free names.</summary>
    public IReadOnlyList<string> CollectedFields { get; init; } = [];

    /// <summary>The admitted, running task whose collection this one declares it reuses (复用已有采集), if any.</summary>
    public Guid? ReusesSubmissionId { get; init; }
}
