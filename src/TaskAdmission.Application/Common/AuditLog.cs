using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Common;

/// <summary>
/// Adds audit rows to the current unit of work, so they commit with the change they describe. The rows are chained
/// (sequence, previous hash, hash) when the unit of work is saved (<c>Persistence/Audit/AuditChainWriter</c>).
/// </summary>
public sealed class AuditLog(AppDbContext db, ChinaClock clock)
{
    public void Record(string actor, string action, string subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = AuditHash.Normalise(clock.UtcNow),
            Actor = Truncate(actor, AuditEntry.ActorMaxLength),
            Action = Truncate(action, AuditEntry.ActionMaxLength),
            Subject = Truncate(subject, AuditEntry.SubjectMaxLength),
            Details = details is null ? null : Truncate(details, AuditEntry.DetailsMaxLength),
        });

    /// <summary>
    /// Records a decision (a person's or the system's own) with its seal, so every screen that shows the decision can
    /// check it against this entry. Call it after the decision's fields are final.
    /// </summary>
    public void RecordDecision(Decision decision, string submissionNumber, string? note = null) =>
        Record(decision.DecidedBy, $"decision.{decision.Kind}", $"submission:{submissionNumber}", DecisionSeal.Details(decision, note));

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
