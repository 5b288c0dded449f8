namespace TaskAdmission.Workflows.Execution;

/// <summary>Outcome of delivering a message: delivered to one waiting token, or nobody was waiting.</summary>
/// <param name="Delivered">True when a waiting receive task or catch event consumed the message.</param>
/// <param name="InstanceId">The instance that received it.</param>
/// <param name="ElementId">The element that received it.</param>
/// <param name="Command">The committed command, when delivered.</param>
public sealed record MessageDeliveryResult(bool Delivered, Guid? InstanceId, string? ElementId, WorkflowCommandResult? Command)
{
    /// <summary>No subscription matched the message name and business key.</summary>
    public static MessageDeliveryResult NotFound { get; } = new(false, null, null, null);
}
