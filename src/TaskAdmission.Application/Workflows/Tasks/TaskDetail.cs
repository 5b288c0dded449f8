using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>
/// One task as its page shows it: the task, what the business object is, the countersign it belongs to (if any), and
/// which operations the person may use on it now. The use case checks the same rules again when an operation is posted.
/// </summary>
public sealed record TaskDetail
{
    public required UserTaskRecord Task { get; init; }
    public required string Subject { get; init; }
    public required string ProcessName { get; init; }
    public required InstanceStatus InstanceStatus { get; init; }
    public string? Initiator { get; init; }
    public CountersignView? Countersign { get; init; }

    /// <summary>Earlier steps the task may be returned to (element id and name).</summary>
    public IReadOnlyList<(string Id, string Name)> ReturnTargets { get; init; } = [];

    public bool WaitingForMe { get; init; }
    public bool CanClaim { get; init; }
    public bool CanRelease { get; init; }
    public bool CanHandOver { get; init; }
    public bool CanResolve { get; init; }
    public bool CanComplete { get; init; }
    public bool CanWithdraw { get; init; }
    public bool CanRemind { get; init; }
    public bool CanChangeSigners { get; init; }

    /// <summary>True when the step is decided on its business screen (admission review, report triage), not here.</summary>
    public bool HasBusinessScreen { get; init; }
}
