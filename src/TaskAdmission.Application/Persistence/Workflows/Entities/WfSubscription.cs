using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_subscriptions: a token waiting for a message name and business key.</summary>
public sealed class WfSubscription
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public int TokenId { get; set; }
    public required string ElementId { get; set; }
    public required string MessageName { get; set; }
    public string? BusinessKey { get; set; }
    public SubscriptionStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
}
