namespace TaskAdmission.Workflows.Persistence;

/// <summary>State of a message subscription.</summary>
public enum SubscriptionStatus
{
    /// <summary>A token waits for the message.</summary>
    Active,

    /// <summary>The message arrived.</summary>
    Consumed,

    /// <summary>The waiting token was cancelled.</summary>
    Cancelled,
}
