namespace TaskAdmission.Core.Notifications;

/// <summary>
/// What happened. Persisted by name; the text of each is in the web app's VillagesResource, of the workflow kinds (from
/// <see cref="TaskAssigned"/> on) in WorkflowsResource.
/// </summary>
public enum NotificationKind
{
    AssignmentDispatched,
    AssignmentCancelled,
    AssignmentDueSoon,
    SubmissionReturned,
    SubmissionDecided,
    Revoked,
    ExitRequested,
    ExitApproved,
    ExitDeclined,
    SupportFlagged,
    ReportReceived,
    ReportClosed,

    /// <summary>A workflow task is waiting for the reader (assigned to them, or claimable in their scope).</summary>
    TaskAssigned,

    /// <summary>Someone reminded (催办) the reader of an open task.</summary>
    TaskReminded,

    /// <summary>A review went past its due date and was escalated to the reader's level.</summary>
    TaskEscalated,

    /// <summary>A task was transferred (转办) to the reader.</summary>
    TaskTransferred,

    /// <summary>A task was delegated (委派) to the reader.</summary>
    TaskDelegated,

    /// <summary>The reader's delegate finished and the task is back with the reader.</summary>
    TaskResolved,

    /// <summary>A task was returned (退回) to the reader's earlier step.</summary>
    TaskReturned,

    /// <summary>The previous approver withdrew (撤回) a decision; the reader's task was cancelled.</summary>
    TaskWithdrawn,

    /// <summary>Someone sent the reader a carbon copy (抄送) of a process.</summary>
    CarbonCopied,
}
