namespace TaskAdmission.Workflows.Definitions;

/// <summary>The supported gateway types.</summary>
public enum GatewayKind
{
    /// <summary>XOR: the first flow whose condition holds, else the default flow.</summary>
    Exclusive,

    /// <summary>AND: forks to all outgoing flows; joins by waiting for every incoming flow.</summary>
    Parallel,

    /// <summary>OR: forks to every flow whose condition holds; joins by waiting for tokens that can still arrive.</summary>
    Inclusive,

    /// <summary>Waits for the first of the catch events after it (message, signal, timer, receive task); the others are cancelled.</summary>
    EventBased,
}
