using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>
/// Appeal (复核申请) or revise as new (修改后重新提交), never both. Each path checks the other's table and then, in its
/// transaction and before it writes anything, wins the refused submission's row with a guarded UPDATE: the version it
/// read the submission at, moved on by one. The two checks alone could both pass in the same instant (neither table
/// holds the other's row); the one row cannot be won twice at one version. On PostgreSQL the second UPDATE waits for
/// the first transaction and then finds the version moved (0 rows); on SQLite writers take turns. Provider-neutral:
/// a plain conditional UPDATE, as <c>MarkHandledAsync</c> guards its finding.
/// </summary>
public static class SubmissionClaim
{
    /// <summary>The conflict code when the submission changed under the caller for another reason.</summary>
    public const string Lost = "SubmissionChanged";

    /// <summary>Moves the submission from <paramref name="version"/> to the next; false when it is no longer at that version.</summary>
    public static async Task<bool> TryAsync(AppDbContext db, Guid submissionId, int version, CancellationToken ct = default)
    {
        try
        {
            return await db.Submissions.Where(s => s.Id == submissionId && s.Version == version)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), ct) == 1;
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            // PostgreSQL broke a deadlock or a serialization failure against the other path: lost as well.
            return false;
        }
    }
}
