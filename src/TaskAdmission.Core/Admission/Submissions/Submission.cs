using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;

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
    public const int FrequencyMax = 100;

    public Guid Id { get; set; }

    /// <summary>A number people can say on the phone, e.g. ZR2026-000123.</summary>
    public string Number { get; set; } = "";

    public string DepartmentCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? LegalBasis { get; set; }

    /// <summary>The claimed list item codes (stored in one column, semicolon-separated).</summary>
    public List<string> ClaimedItemCodes { get; set; } = [];

    /// <summary>The org unit codes as submitted: district, townships or villages (stored like the claimed codes).</summary>
    public List<string> TargetOrgUnitCodes { get; set; } = [];

    /// <summary>The data fields collected from villages, canonical names (stored like the claimed codes).</summary>
    public List<string> CollectedFields { get; set; } = [];

    /// <summary>The running task whose collection this one reuses (复用已有采集): its collecting demands are then not counted twice.</summary>
    public Guid? ReusesSubmissionId { get; set; }

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

    /// <summary>Changed only by <see cref="MoveTo"/>, along <see cref="Lifecycle"/>.</summary>
    public SubmissionStatus Status { get; private set; }
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

    /// <summary>
    /// Where a submission may go from each status: drafted, signed off and sent, reviewed (returned and resubmitted,
    /// or decided; a machine refusal overruled on appeal back to review), and, once admitted, partly or wholly revoked. Withdrawal only before the first decision.
    /// </summary>
    public static readonly Lifecycle<SubmissionStatus> Lifecycle = new(new Dictionary<SubmissionStatus, SubmissionStatus[]>
    {
        [SubmissionStatus.Draft] = [SubmissionStatus.AwaitingSignOff, SubmissionStatus.InReview, SubmissionStatus.Withdrawn],
        [SubmissionStatus.AwaitingSignOff] = [SubmissionStatus.Draft, SubmissionStatus.InReview, SubmissionStatus.Withdrawn],
        [SubmissionStatus.InReview] =
        [
            SubmissionStatus.Returned, SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted,
            SubmissionStatus.PurchaseOfService, SubmissionStatus.EmergencyAdmitted, SubmissionStatus.Rejected, SubmissionStatus.Withdrawn,
        ],
        [SubmissionStatus.Returned] = [SubmissionStatus.InReview, SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.Rejected, SubmissionStatus.Withdrawn],
        // A pre-check refusal whose blocking findings the joint-review office overruled on appeal (复核撤销) goes back to
        // review by people (PrecheckAppealService); a person's refusal never does.
        [SubmissionStatus.Rejected] = [SubmissionStatus.InReview],
        [SubmissionStatus.Admitted] = [SubmissionStatus.PartiallyAdmitted, SubmissionStatus.Revoked],
        [SubmissionStatus.PartiallyAdmitted] = [SubmissionStatus.Revoked],
        [SubmissionStatus.SpecialAdmitted] = [SubmissionStatus.Revoked],
        [SubmissionStatus.EmergencyAdmitted] = [SubmissionStatus.Revoked],
    });

    public SupportRequest Support => new(FundingYuanPerVillage, StaffProvided, TrainingProvided, EquipmentProvided);

    public void MoveTo(SubmissionStatus to) => Status = Lifecycle.Move(Status, to);

    /// <summary>Codes as stored: trimmed, without blanks or repeats, in the order given.</summary>
    public static List<string> Codes(IEnumerable<string> codes) => [.. codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct()];
}
