using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// Checks decisions about to be shown against the audit entries that sealed them: the entry must be intact and its
/// seal must match the decision row as it is now. One query per screen, whatever the number of decisions.
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
        var subjects = shown.Select(s => $"submission:{s.SubmissionNumber}").Distinct().ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => subjects.Contains(e.Subject) && e.Action.StartsWith("decision."))
            .ToListAsync(ct);
        var seals = entries
            .Select(e => (Entry: e, Seal: DecisionSeal.Read(e.Details)))
            .Where(x => x.Seal is not null)
            .GroupBy(x => x.Seal!.Value.DecisionId)
            .ToDictionary(g => g.Key, g => g.ToList());
        return shown.ToDictionary(s => s.Decision.Id, s => Judge(s.Decision, seals.GetValueOrDefault(s.Decision.Id)));
    }

    public Task<IReadOnlyDictionary<Guid, DecisionIntegrity>> CheckAsync(Submission submission, CancellationToken ct = default) =>
        CheckAsync([.. submission.Decisions.Select(d => (submission.Number, d))], ct);

    /// <summary>One sealing entry, intact, whose seal is the decision's: verified. Two entries claiming one decision is tampering too.</summary>
    private static DecisionIntegrity Judge(Decision decision, List<(Core.Common.AuditEntry Entry, (Guid DecisionId, string Seal)? Seal)>? sealing) =>
        sealing switch
        {
            null or [] => DecisionIntegrity.Unsealed,
            [var only] when AuditHash.IsIntact(only.Entry) && only.Seal!.Value.Seal == DecisionSeal.Of(decision) => DecisionIntegrity.Verified,
            _ => DecisionIntegrity.Mismatch,
        };
}
