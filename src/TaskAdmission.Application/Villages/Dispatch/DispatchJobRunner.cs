using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// Works off queued dispatches (<see cref="DispatchJob"/>) one chunk per transaction: the chunk's assignments, ledger
/// share, notifications and the job's progress commit together or not at all. A crash mid-chunk thus leaves the job as
/// it was and the next run (on any node) writes that chunk again; the chunk after which no village is left ends the job
/// and audits it, once: how many villages the job dispatched in how many chunks (the queueing was audited with the
/// decision; each assignment names its admitting decision and when it was written). Each village is dispatched exactly
/// once: a chunk takes only admitted villages without an assignment, and the unique (submission, village) index refuses
/// a second one.
/// </summary>
public sealed class DispatchJobRunner(AppDbContext db, DispatchService dispatcher, IOptions<VillageOptions> options, ChinaClock clock, AuditLog audit)
{
    /// <summary>Longest wait after repeated failures of one job.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    /// <summary>Runs one chunk of the oldest due job no other node is running; false when there was none.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        // The chunk is all or nothing: a failed save rolls the whole transaction back, so the savepoint EF sets around
        // each save inside a transaction (SAVEPOINT and RELEASE: 2 statements a chunk) would never be rolled back to.
        db.Database.AutoSavepointsEnabled = false;
        var now = clock.UtcNow;
        Guid? running = null;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var job = (await (db.Database.IsNpgsql()
                // SKIP LOCKED: several nodes work off different jobs; a job is run by one node at a time.
                ? db.DispatchJobs.FromSql($"""SELECT * FROM dispatch_jobs WHERE "NotBeforeUtc" <= {now} ORDER BY "CreatedAtUtc" LIMIT 1 FOR UPDATE SKIP LOCKED""")
                : db.DispatchJobs.Where(j => j.NotBeforeUtc <= now).OrderBy(j => j.CreatedAtUtc).Take(1)).ToListAsync(ct)).FirstOrDefault();
            if (job is null)
            {
                return false;
            }
            running = job.SubmissionId;
            // Nothing more left ends the job: the chunk held the submission's row, so no decision added villages meanwhile
            // (one that comes after sees this job gone and queues a new one); a village row un-admitted meanwhile is
            // skipped by its lock's re-check.
            var (written, more, number, stopped) = await dispatcher.DispatchChunkAsync(job.SubmissionId, options.Value.DispatchChunk, ct);
            if (!more)
            {
                db.DispatchJobs.Remove(job);
                // One entry per job instead of one per chunk (each entry extends the audit chain under its lock): the
                // totals are the job's committed progress plus this chunk, so a chunk retried after a crash counts once.
                var chunks = job.Chunks + (written > 0 ? 1 : 0);
                audit.Record("system:dispatch", "assignment.dispatch", number is null ? $"submission-id:{job.SubmissionId}" : $"submission:{number}",
                    stopped
                        ? $"{job.Dispatched + written} villages in {chunks} chunks; stopped: the submission is no longer admitted"
                        : $"{job.Dispatched + written} villages in {chunks} chunks");
            }
            else
            {
                job.Chunks++;
                job.Dispatched += written;
                job.Failures = 0;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception) when (running is { } failed && !ct.IsCancellationRequested)
        {
            // The chunk rolled back; the job waits before its next try (1 s, 2 s, 4 s … up to MaxBackoff) so the jobs
            // behind it go on. The error still reaches the worker's log.
            db.ChangeTracker.Clear();
            if (await db.DispatchJobs.FirstOrDefaultAsync(j => j.SubmissionId == failed, CancellationToken.None) is { } job)
            {
                job.Failures++;
                job.NotBeforeUtc = now + TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(job.Failures - 1, 20))));
                await db.SaveChangesAsync(CancellationToken.None);
            }
            throw;
        }
        finally
        {
            // The context is pooled: whoever gets it next keeps EF's default (savepoints on).
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    /// <summary>Runs chunks until no job is due (tests, tools); returns how many chunks ran.</summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        var chunks = 0;
        while (await RunOnceAsync(ct))
        {
            chunks++;
        }
        return chunks;
    }
}
