namespace TaskAdmission.Workflows.Persistence;

/// <summary>A read-only carbon copy (抄送) of an instance or task for a recipient.</summary>
public sealed record CarbonCopyRecord
{
    /// <summary>Record id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Copied instance.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>Task the copy was sent from, if any.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>Element the copy was sent from, if any.</summary>
    public string? ElementId { get; init; }

    /// <summary>Who receives the copy.</summary>
    public required string Recipient { get; init; }

    /// <summary>Who sent it.</summary>
    public required string From { get; init; }

    /// <summary>Sender's comment.</summary>
    public string? Comment { get; init; }

    /// <summary>When it was sent.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the recipient marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; init; }
}
