namespace TaskAdmission.Workflows.Execution;

/// <summary>Thrown by a service activity to raise a BPMN error, caught by a matching error boundary event.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null)
    : Exception(message ?? $"BPMN error '{errorCode}'")
{
    /// <summary>The error code matched against boundary events' errorRef codes.</summary>
    public string ErrorCode { get; } = errorCode;
}
