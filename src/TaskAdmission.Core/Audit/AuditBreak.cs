namespace TaskAdmission.Core.Audit;

/// <summary>The first broken entry of the audit chain: its sequence number, its row id (0 when the row is missing), and how it is broken.</summary>
public sealed record AuditBreak(long Sequence, long EntryId, AuditBreakKind Kind);
