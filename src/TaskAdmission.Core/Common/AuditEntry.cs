using TaskAdmission.Core.Security;

namespace TaskAdmission.Core.Common;

/// <summary>
/// One audited decision or change: who did what to which subject, when. Rows are never updated or deleted (the
/// database refuses both); each row is a link of the hash chain (<see cref="Audit.AuditHash"/>): its
/// <see cref="Hash"/> covers its content and the previous entry's hash, so a changed or missing row shows.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 256;
    public const int ActionMaxLength = 64;
    public const int SubjectMaxLength = 200;
    public const int DetailsMaxLength = 4000;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }

    /// <summary>Place in the chain (1, 2, 3, …); null only for a row written before the chain existed and not yet sealed.</summary>
    public long? Sequence { get; set; }

    /// <summary>Hash of the entry before this one (<see cref="Audit.AuditHash.Genesis"/> for the first).</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 (hex) over this entry's content and <see cref="PreviousHash"/>.</summary>
    public string? Hash { get; set; }
}
