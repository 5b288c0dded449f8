namespace TaskAdmission.Workflows.Execution;

/// <summary>Thrown when an operation is not allowed in the current state (wrong actor, invalid target, unknown id, ...).</summary>
public sealed class WorkflowOperationException(string message) : Exception(message);
