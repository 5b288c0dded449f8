using TaskAdmission.Core.Security;

namespace TaskAdmission.Core.Common;

/// <summary>One audited decision or change: who did what to which subject, when. Rows are never updated.</summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int SubjectMaxLength = 200;
    public const int DetailsMaxLength = 4000;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }
}
