using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>What a committed command left behind: status, open tasks, new incidents, and the path it took.</summary>
public sealed record WorkflowCommandResult
{
    /// <summary>The instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Instance status after the command.</summary>
    public required InstanceStatus Status { get; init; }

    /// <summary>Instance version after the command.</summary>
    public required long Version { get; init; }

    /// <summary>Open user tasks of the instance after the command.</summary>
    public required IReadOnlyList<UserTaskRecord> OpenTasks { get; init; }

    /// <summary>Elements where tokens now wait (tasks, timers, messages, joins, incidents).</summary>
    public required IReadOnlyList<string> ActiveElementIds { get; init; }

    /// <summary>Incidents raised by this command.</summary>
    public required IReadOnlyList<IncidentRecord> NewIncidents { get; init; }

    /// <summary>Element ids entered during this command, in order.</summary>
    public required IReadOnlyList<string> Path { get; init; }

    internal static WorkflowCommandResult From(InstanceSession session) => new()
    {
        InstanceId = session.State.Id,
        Status = session.State.Status,
        Version = session.ExpectedVersion + 1,
        OpenTasks = session.Tasks.Where(t => t.Status == UserTaskStatus.Open).OrderBy(t => t.CreatedAt).ThenBy(t => t.LoopIndex).ToList(),
        ActiveElementIds = session.State.Tokens.Where(t => t.MultiInstance is null || t.Status == TokenStatus.Incident).Select(t => t.NodeId).Distinct().ToList(),
        NewIncidents = session.RaisedIncidents.ToList(),
        Path = session.Path.ToList(),
    };
}
