using System.Collections.Concurrent;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// What one chunk of a queued dispatch wrote: villages, whether more are left, the submission's number (null when it is
/// gone), and whether the job stopped because the submission is no longer admitted.
/// </summary>
public readonly record struct DispatchChunk(int Written, bool More, string? SubmissionNumber, bool Stopped);

/// <summary>
/// Per node, the submission as the chunks of its queued dispatch need it (with its demands, decisions and list items),
/// read by the job's first chunk on this node and kept while the submission's version stays the one it was read at.
/// Every change to a submission raises its version (decisions, revisions, withdrawals, revocations), and each chunk reads
/// the version with its row lock, so a kept copy is never used after a change; a restarted node or another node simply
/// reads it once more. Small: one entry per job running on this node, dropped when the job ends.
/// </summary>
public sealed class DispatchSources
{
    /// <summary>More jobs than this at once on one node is unusual; past it the copies are dropped and read again.</summary>
    public const int MaxEntries = 256;

    private readonly ConcurrentDictionary<Guid, Source> entries = new();

    public sealed record Source(int Version, Submission Submission, IReadOnlyList<AssignmentListItems.Item> Items);

    public bool TryGet(Guid submissionId, int version, out Source source)
    {
        if (entries.TryGetValue(submissionId, out var kept) && kept.Version == version)
        {
            source = kept;
            return true;
        }
        source = null!;
        return false;
    }

    /// <summary>Keeps a copy read under the submission's row lock (not tracked by any context: the chunks only read it).</summary>
    public Source Keep(Submission submission, IReadOnlyList<AssignmentListItems.Item> items)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        var source = new Source(submission.Version, submission, items);
        entries[submission.Id] = source;
        return source;
    }

    public void Forget(Guid submissionId) => entries.TryRemove(submissionId, out _);
}
