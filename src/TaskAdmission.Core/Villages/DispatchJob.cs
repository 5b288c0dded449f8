namespace TaskAdmission.Core.Villages;

/// <summary>
/// A dispatch still under way: the submission's admitted villages that have no assignment yet are written by the
/// dispatch worker in chunks, each in its own short transaction, until none is left; then the row goes. It holds no
/// list of villages: what is left is always "admitted and not yet assigned", read again by each chunk, so a chunk
/// that crashed leaves nothing to undo and a resumed job neither skips nor repeats a village.
/// </summary>
public sealed class DispatchJob
{
    public Guid SubmissionId { get; set; }

    /// <summary>When the decision that queued it committed (oldest first; operations see how long one waits).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Chunks written so far, and the villages they dispatched (progress for operations).</summary>
    public int Chunks { get; set; }

    public int Dispatched { get; set; }

    /// <summary>Chunks that failed in a row; the job waits longer after each (until <see cref="NotBeforeUtc"/>), so one
    /// failing dispatch does not hold up the others queued behind it.</summary>
    public int Failures { get; set; }

    public DateTime NotBeforeUtc { get; set; }
}
