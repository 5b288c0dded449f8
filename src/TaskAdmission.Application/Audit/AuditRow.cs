using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Audit;

/// <summary>One entry as the viewer shows it, with whether its own hash still matches its content.</summary>
public sealed record AuditRow(AuditEntry Entry, bool Intact);
