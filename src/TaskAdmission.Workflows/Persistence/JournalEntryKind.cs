namespace TaskAdmission.Workflows.Persistence;

/// <summary>What a journal entry records.</summary>
public enum JournalEntryKind
{
    /// <summary>The instance started.</summary>
    InstanceStarted,

    /// <summary>A token entered an element.</summary>
    ElementEntered,

    /// <summary>A token left an element.</summary>
    ElementCompleted,

    /// <summary>A user task was created.</summary>
    TaskCreated,

    /// <summary>A user task was completed.</summary>
    TaskCompleted,

    /// <summary>A user task was cancelled.</summary>
    TaskCancelled,

    /// <summary>A user task was claimed.</summary>
    TaskClaimed,

    /// <summary>A user task was released back to its candidates.</summary>
    TaskReleased,

    /// <summary>A user task was transferred (转办).</summary>
    TaskTransferred,

    /// <summary>A user task was delegated (委派).</summary>
    TaskDelegated,

    /// <summary>A delegated task was resolved back to its owner.</summary>
    TaskResolved,

    /// <summary>A token was returned to an earlier user task (退回).</summary>
    TaskReturned,

    /// <summary>An approver withdrew a completed task (撤回).</summary>
    TaskWithdrawn,

    /// <summary>The initiator withdrew the instance (撤回).</summary>
    InstanceWithdrawn,

    /// <summary>Signers were added to a multi-instance task (加签).</summary>
    SignersAdded,

    /// <summary>A signer was removed from a multi-instance task (减签).</summary>
    SignerRemoved,

    /// <summary>A reminder was sent (催办).</summary>
    Reminded,

    /// <summary>A carbon copy was sent (抄送).</summary>
    CarbonCopied,

    /// <summary>A timer fired.</summary>
    TimerFired,

    /// <summary>A message was delivered.</summary>
    MessageReceived,

    /// <summary>A BPMN error was caught by a boundary event.</summary>
    ErrorCaught,

    /// <summary>An incident was raised.</summary>
    IncidentRaised,

    /// <summary>An incident was resolved by a retry.</summary>
    IncidentResolved,

    /// <summary>An operator moved a token.</summary>
    TokenMoved,

    /// <summary>An operator set a variable.</summary>
    VariableSet,

    /// <summary>An operator migrated the instance to another version.</summary>
    InstanceMigrated,

    /// <summary>The instance completed.</summary>
    InstanceCompleted,

    /// <summary>A signal was received by a catch event, boundary event or event-based gateway.</summary>
    SignalReceived,

    /// <summary>An escalation was thrown (the detail says whether and where it was caught).</summary>
    EscalationThrown,

    /// <summary>A call activity started its called instance.</summary>
    CallStarted,

    /// <summary>A called instance ended and the call activity resumed (or the call was cancelled).</summary>
    CallEnded,

    /// <summary>A called instance was cancelled because its call was.</summary>
    InstanceCancelled,

    /// <summary>A timer start event started the instance.</summary>
    StartedByTimer,
}
