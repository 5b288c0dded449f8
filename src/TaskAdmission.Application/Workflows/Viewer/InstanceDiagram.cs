using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Viewer;

/// <summary>An instance as its viewer shows it: the diagram's XML, which elements are done, active or failed, and the journal.</summary>
public sealed record InstanceDiagram
{
    public required Guid Id { get; init; }
    public required string ProcessId { get; init; }
    public required int Version { get; init; }
    public required string ProcessName { get; init; }
    public required string Subject { get; init; }
    public string? BusinessKey { get; init; }
    public string? Initiator { get; init; }
    public required InstanceStatus Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public required string Xml { get; init; }

    /// <summary>Element id → name, for every element of the version.</summary>
    public required IReadOnlyDictionary<string, string> Elements { get; init; }

    public required IReadOnlyList<string> Completed { get; init; }
    public required IReadOnlyList<string> Active { get; init; }
    public required IReadOnlyList<string> Failed { get; init; }
    public required IReadOnlyList<JournalEntry> Journal { get; init; }
}
