using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// A purchase of service (政府购买服务): what is bought for which villages, from whom, under which agreement, and the
/// money — budget, contract, accepted and paid — kept in whole fen. The running totals (<see cref="ContractFen"/>,
/// <see cref="AcceptedFen"/>, <see cref="PaidFen"/>) change only through <see cref="PurchaseLedger"/>, in the
/// transaction that writes the entry they sum, so the money view aggregates one table; tests recount them from the entries.
/// </summary>
public sealed class PurchaseCase
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 5000;
    public const int DeliverablesMax = 2000;
    public const int ReasonMax = 1000;
    public const int AgreementNumberMax = 50;
    public const int ScopeMax = 5000;
    public const int CriteriaMax = 3000;
    public const int MaxVillages = 500;

    public Guid Id { get; set; }

    /// <summary>A number people can say on the phone, e.g. GM20261202-3FA2C1.</summary>
    public string Number { get; set; } = "";
    public string DepartmentCode { get; set; } = "";
    public CaseOrigin Origin { get; set; }

    /// <summary>The submission whose joint review decided on a purchase; null when a department started the case.</summary>
    public Guid? SubmissionId { get; set; }

    public string Title { get; set; } = "";
    public string ServiceDescription { get; set; } = "";
    public string Deliverables { get; set; } = "";

    /// <summary>The submission's demands when the case began (JSON of the village work the purchase replaces), "[]" otherwise.</summary>
    public string DemandsJson { get; set; } = "[]";

    public long BudgetFen { get; set; }
    public FundingSource FundingSource { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    public Guid? ProviderId { get; set; }
    public SelectionMode? SelectionMode { get; set; }
    public string? SelectionReason { get; set; }

    public string? AgreementNumber { get; set; }
    public string? AgreementScope { get; set; }
    public long PriceFen { get; set; }
    public string? AcceptanceCriteria { get; set; }

    /// <summary>The parties' names as signed (甲方 the department, 乙方 the provider), frozen at the provider's confirmation.</summary>
    public string? PartyAName { get; set; }
    public string? PartyBName { get; set; }

    public string? ProviderConfirmedBy { get; set; }
    public DateTime? ProviderConfirmedAtUtc { get; set; }
    public string? SignedBy { get; set; }
    public DateTime? SignedAtUtc { get; set; }

    /// <summary>The China date of signing (the money view's "contracted" month).</summary>
    public DateOnly? SignedOn { get; set; }
    public Guid? SignedScanFileId { get; set; }

    /// <summary>The contract price once signed, 0 before: what the money view sums as "contracted".</summary>
    public long ContractFen { get; set; }

    /// <summary>Σ amounts of accepted milestones.</summary>
    public long AcceptedFen { get; set; }

    /// <summary>Σ payment entries (reversals are negative entries).</summary>
    public long PaidFen { get; set; }

    /// <summary>Changed only by <see cref="MoveTo"/>, along <see cref="Lifecycle"/>.</summary>
    public PurchaseStatus Status { get; private set; }
    public string? CancelReason { get; set; }
    public string? CancelledBy { get; set; }
    public DateTime? CancelledAtUtc { get; set; }

    public Guid? WorkflowInstanceId { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: every command bumps it, so two people acting on one case cannot both win.</summary>
    public int Version { get; set; }

    public List<PurchaseCaseVillage> Villages { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<Payment> Payments { get; set; } = [];

    public decimal Budget => Money.FromFen(BudgetFen);
    public decimal Price => Money.FromFen(PriceFen);

    /// <summary>The steps in order; a case may be cancelled from every open step (the use case refuses once money was paid).</summary>
    public static readonly Lifecycle<PurchaseStatus> Lifecycle = new(new Dictionary<PurchaseStatus, PurchaseStatus[]>
    {
        [PurchaseStatus.Describing] = [PurchaseStatus.SelectingProvider, PurchaseStatus.Cancelled],
        [PurchaseStatus.SelectingProvider] = [PurchaseStatus.Drafting, PurchaseStatus.Cancelled],
        [PurchaseStatus.Drafting] = [PurchaseStatus.AwaitingProvider, PurchaseStatus.Cancelled],
        [PurchaseStatus.AwaitingProvider] = [PurchaseStatus.AwaitingSignature, PurchaseStatus.Drafting, PurchaseStatus.Cancelled],
        [PurchaseStatus.AwaitingSignature] = [PurchaseStatus.InDelivery, PurchaseStatus.Drafting, PurchaseStatus.Cancelled],
        [PurchaseStatus.InDelivery] = [PurchaseStatus.Settling, PurchaseStatus.Cancelled],
        [PurchaseStatus.Settling] = [PurchaseStatus.Closed, PurchaseStatus.Cancelled],
    });

    public void MoveTo(PurchaseStatus to) => Status = Lifecycle.Move(Status, to);

    public bool IsOpen => Status is not (PurchaseStatus.Closed or PurchaseStatus.Cancelled);

    /// <summary>Signed and not cancelled: the agreement binds both parties.</summary>
    public bool IsSigned => SignedAtUtc is not null;

    /// <summary>The milestone being delivered: the first in order not yet accepted (milestones are delivered in order).</summary>
    public Milestone? CurrentMilestone => Milestones.OrderBy(m => m.Sequence).FirstOrDefault(m => m.Status != MilestoneStatus.Accepted);
}
