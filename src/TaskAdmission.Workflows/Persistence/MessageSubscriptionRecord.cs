namespace TaskAdmission.Workflows.Persistence;

/// <summary>A token waiting for a message, correlated by message name and business key.</summary>
public sealed record MessageSubscriptionRecord
{
    /// <summary>Subscription id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Owning process instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Waiting engine token.</summary>
    public required int TokenId { get; init; }

    /// <summary>The receive task or message catch event id.</summary>
    public required string ElementId { get; init; }

    /// <summary>Message name from the BPMN message element.</summary>
    public required string MessageName { get; init; }

    /// <summary>Business key of the instance.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Active, consumed or cancelled.</summary>
    public required SubscriptionStatus Status { get; init; }

    /// <summary>Creation time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the subscription was consumed or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
}
