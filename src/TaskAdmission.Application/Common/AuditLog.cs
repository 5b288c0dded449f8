using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Common;

/// <summary>Adds audit rows to the current unit of work, so they commit with the change they describe.</summary>
public sealed class AuditLog(AppDbContext db, ChinaClock clock)
{
    public void Record(string actor, string action, string subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.UtcNow,
            Actor = Truncate(actor, 256),
            Action = Truncate(action, AuditEntry.ActionMaxLength),
            Subject = Truncate(subject, AuditEntry.SubjectMaxLength),
            Details = details is null ? null : Truncate(details, AuditEntry.DetailsMaxLength),
        });

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
