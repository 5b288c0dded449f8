namespace TaskAdmission.Core.Purchase;

/// <summary>Where a purchase case stands; each open status is one step of workflows/service-purchase.bpmn. Persisted by name.</summary>
public enum PurchaseStatus
{
    /// <summary>服务需求: the department describes the service, villages, budget and period.</summary>
    Describing,

    /// <summary>选定承接主体.</summary>
    SelectingProvider,

    /// <summary>起草协议: number, scope, price, payment schedule (milestones), acceptance criteria.</summary>
    Drafting,

    /// <summary>The provider confirms the draft (a village committee itself; another provider through the department).</summary>
    AwaitingProvider,

    /// <summary>The department head signs for the department.</summary>
    AwaitingSignature,

    /// <summary>Signed: milestones are delivered, reported and accepted (验收).</summary>
    InDelivery,

    /// <summary>Every milestone accepted; paying what is due, then closing.</summary>
    Settling,

    Closed,

    /// <summary>Cancelled with a reason before any money was paid.</summary>
    Cancelled,
}
