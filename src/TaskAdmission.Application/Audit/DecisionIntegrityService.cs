using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// Checks decisions against the audit entries that sealed them: the entry must be intact and its seal must match the
/// decision row as it is now. One query per screen, whatever the number of decisions shown.
/// </summary>
public sealed class DecisionIntegrityService(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, DecisionIntegrity>> CheckAsync(
        IReadOnlyCollection<(string SubmissionNumber, Decision Decision)> shown, CancellationToken ct = default)
    {
        if (shown.Count == 0)
        {
            return new Dictionary<Guid, DecisionIntegrity>();
        }
        var subjects = shown.Select(s => Subject(s.SubmissionNumber)).Distinct().ToList();
        var seals = Index(await DecisionEntries().Where(e => subjects.Contains(e.Subject)).ToListAsync(ct));
        return shown.ToDictionary(s => s.Decision.Id, s => Judge(s.Decision, seals.GetValueOrDefault(s.Decision.Id)));
    }

    public Task<IReadOnlyDictionary<Guid, DecisionIntegrity>> CheckAsync(Submission submission, CancellationToken ct = default) =>
        CheckAsync([.. submission.Decisions.Select(d => (submission.Number, d))], ct);

    /// <summary>Every decision of the database that is not verified, first <paramref name="max"/>; and how many were checked.</summary>
    public async Task<(long Checked, List<DecisionFinding> Broken)> CheckAllAsync(int max, CancellationToken ct = default)
    {
        var seals = Index(await DecisionEntries().ToListAsync(ct));
        var broken = new List<DecisionFinding>();
        long count = 0;
        var rows = from d in db.Decisions.AsNoTracking()
                   join s in db.Submissions on d.SubmissionId equals s.Id
                   orderby d.DecidedAtUtc
                   select new { Decision = d, s.Number };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            var integrity = Judge(row.Decision, seals.GetValueOrDefault(row.Decision.Id));
            if (integrity != DecisionIntegrity.Verified && broken.Count < max)
            {
                broken.Add(new DecisionFinding(row.Decision.Id, row.Number, row.Decision.SubmissionId, integrity));
            }
        }
        return (count, broken);
    }

    public static string Subject(string submissionNumber) => $"submission:{submissionNumber}";

    private IQueryable<AuditEntry> DecisionEntries() =>
        db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("decision."));

    private static Dictionary<Guid, List<(AuditEntry Entry, string Seal)>> Index(IEnumerable<AuditEntry> entries) =>
        entries.Select(e => (Entry: e, Seal: DecisionSeal.Read(e.Details)))
            .Where(x => x.Seal is not null)
            .GroupBy(x => x.Seal!.Value.DecisionId)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Entry, x.Seal!.Value.Seal)).ToList());

    /// <summary>One sealing entry, intact, whose seal is the decision's: verified. Two entries claiming one decision is tampering too.</summary>
    private static DecisionIntegrity Judge(Decision decision, List<(AuditEntry Entry, string Seal)>? sealing) =>
        sealing switch
        {
            null or [] => DecisionIntegrity.Unsealed,
            [var only] when AuditHash.IsIntact(only.Entry) && only.Seal == DecisionSeal.Of(decision) => DecisionIntegrity.Verified,
            _ => DecisionIntegrity.Mismatch,
        };
}
