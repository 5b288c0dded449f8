using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.CrashHost;

/// <summary>A service task whose side effect leaves through the outbox, tagged with its step id.</summary>
public sealed class CrashStepActivity : IServiceActivity
{
    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        // A little work inside the command, so a kill often lands between reading and committing.
        await Task.Delay(1, cancellationToken);
        context.EnqueueOutbox(CrashProcess.SideEffect, new { stepId = context.StepId, elementId = context.ElementId });
    }
}
