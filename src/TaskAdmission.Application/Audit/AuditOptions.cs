using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Application.Audit;

/// <summary><c>Audit:*</c> — how often the audit chain's head is written to the log (so the log, kept elsewhere, holds it too).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Minutes between two head log lines; 0 turns the log line off.</summary>
    [Range(0, 10_080)]
    public int HeadLogIntervalMinutes { get; set; } = 60;
}
