namespace TaskAdmission.Workflows.Execution;

/// <summary>C# code behind a BPMN service task, registered under the task's <c>ta:type</c>.</summary>
/// <remarks>
/// Runs inside the engine command: variable writes and outbox messages commit with the step, or not at all when it throws.
/// Side effects must leave through the outbox; use <see cref="ServiceActivityContext.StepId"/> to deduplicate on retry.
/// Throw <see cref="BpmnErrorException"/> for a business error an error boundary event can catch; any other
/// exception raises an incident.
/// </remarks>
public interface IServiceActivity
{
    /// <summary>Executes the step.</summary>
    Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken);
}
