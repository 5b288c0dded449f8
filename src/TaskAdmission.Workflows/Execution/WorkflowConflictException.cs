namespace TaskAdmission.Workflows.Execution;

/// <summary>Thrown to the loser when two callers change the same instance, task or timer concurrently; the message says what happened.</summary>
public sealed class WorkflowConflictException(string message, Exception? inner = null) : Exception(message, inner);
