namespace TaskAdmission.Application.Audit;

/// <summary>A page of the audit viewer, newest first; <see cref="NextBefore"/> asks for the older page (null at the start of the record).</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, long? NextBefore);
