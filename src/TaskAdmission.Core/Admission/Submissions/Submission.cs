using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>
/// An application for admission (准入申请), the fields of the 申请准入审批表. Once it leaves the department its
/// content is frozen; a revision after a return or rejection is a new submission linked by <see cref="RevisionOf"/>.
/// </summary>
public sealed class Submission
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 5000;
    public const int LegalBasisMax = 1000;
    public const int ReasonMax = 1000;
    public const int ContactMax = 50;

    public Guid Id { get; set; }

    /// <summary>A number people can say on the phone, e.g. ZR2026-000123.</summary>
    public string Number { get; set; } = "";

    public string DepartmentCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? LegalBasis { get; set; }

    /// <summary>Semicolon-separated claimed list item codes.</summary>
    public string ClaimedItemCodes { get; set; } = "";

    /// <summary>Semicolon-separated org unit codes as submitted (district, townships or villages).</summary>
    public string TargetOrgUnitCodes { get; set; } = "";

    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string? Frequency { get; set; }
    public bool Emergency { get; set; }
    public string? EmergencyReason { get; set; }
    public decimal FundingYuanPerVillage { get; set; }
    public bool StaffProvided { get; set; }
    public bool TrainingProvided { get; set; }
    public bool EquipmentProvided { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";

    public SubmissionStatus Status { get; set; }
    public PrecheckOutcome? PrecheckOutcome { get; set; }

    /// <summary>The pre-check result the routing relied on, as JSON (immutable once submitted).</summary>
    public string? PrecheckJson { get; set; }

    public Guid? RevisionOf { get; set; }
    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>An API client's Idempotency-Key, unique per department, so a retried POST creates nothing twice.</summary>
    public string? IdempotencyKey { get; set; }

    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string? SignedOffBy { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: every change bumps it, so two approvers cannot both win.</summary>
    public int Version { get; set; }

    public List<SubmissionDemand> Demands { get; set; } = [];
    public List<SubmissionVillage> Villages { get; set; } = [];
    public List<Decision> Decisions { get; set; } = [];

    public IReadOnlyList<string> ClaimedCodes => Split(ClaimedItemCodes);

    public IReadOnlyList<string> TargetCodes => Split(TargetOrgUnitCodes);

    public SupportRequest Support => new(FundingYuanPerVillage, StaffProvided, TrainingProvided, EquipmentProvided);

    public static string Join(IEnumerable<string> codes) => string.Join(';', codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct());

    private static string[] Split(string joined) => joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
