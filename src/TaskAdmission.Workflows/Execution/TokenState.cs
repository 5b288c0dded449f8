using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Workflows.Execution;

/// <summary>A token (execution) of an instance; serialised inside the instance snapshot.</summary>
internal sealed class TokenState
{
    public int Id { get; set; }

    public required string NodeId { get; set; }

    /// <summary>The scope token (sub-process or multi-instance body) this token runs in; null at process level.</summary>
    public int? ParentId { get; set; }

    public TokenStatus Status { get; set; }

    public string? ArrivedVia { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? TimerId { get; set; }

    /// <summary>Timers of the activity's boundary events, or of the catch events an event-based gateway races.</summary>
    public List<Guid> BoundaryTimerIds { get; set; } = [];

    /// <summary>Subscriptions of message/signal boundary events, or of the catch events an event-based gateway races.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Guid>? BoundarySubscriptionIds { get; set; }

    /// <summary>The child instance of a call activity (its id is fixed before it starts, so a repeated start is recognised).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? CalledInstanceId { get; set; }

    /// <summary>True once the child instance of a call activity has been started.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool CallStarted { get; set; }

    public Guid? SubscriptionId { get; set; }

    /// <summary>Step id of a service task attempt; kept across retries so activities can deduplicate.</summary>
    public string? StepId { get; set; }

    public Guid? IncidentId { get; set; }

    public Dictionary<string, JsonElement>? Locals { get; set; }

    public MultiInstanceState? MultiInstance { get; set; }

    public List<TrailEntry> Trail { get; set; } = [];

    /// <summary>Assignee for the next task created on this token (set by return and withdraw to reach the earlier handler).</summary>
    public string? AssigneeOverride { get; set; }

    /// <summary>Variables a delegate submitted when resolving; applied when the owner completes.</summary>
    public Dictionary<string, JsonElement>? ResolvedVariables { get; set; }
}
