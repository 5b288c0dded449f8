namespace TaskAdmission.Core.Purchase;

/// <summary>Where one milestone of the payment schedule stands. Persisted by name.</summary>
public enum MilestoneStatus
{
    /// <summary>In the agreement, not yet reported as delivered.</summary>
    Planned,

    /// <summary>The provider reported the delivery; the department's acceptance (验收) is due.</summary>
    Reported,

    /// <summary>Accepted: payable up to its amount.</summary>
    Accepted,

    /// <summary>Not accepted: back to the provider with the reasons (整改).</summary>
    Rework,
}
