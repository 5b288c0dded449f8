using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Core.Audit;

/// <summary>
/// Binds a decision row to its audit entry: the entry's details start with <c>decision=&lt;id&gt; seal=&lt;sha256&gt;</c>,
/// the seal covering every field of the decision. A screen showing the decision recomputes the seal and compares.
/// </summary>
public static partial class DecisionSeal
{
    public static string Of(Decision d) =>
        new CanonicalHash("ta-decision-v1"u8)
            .Add(d.Id.ToString())
            .Add(d.SubmissionId.ToString())
            .Add(d.Kind.ToString())
            .Add(d.OrgUnitCode)
            .Add(d.DecidedBy)
            .Add(AuditHash.TimeText(d.DecidedAtUtc))
            .Add(d.Reason)
            .Add(d.Conditions)
            .Add(d.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Add(d.PrecheckHash)
            .Add(d.WorkflowTaskId?.ToString())
            .Hex();

    /// <summary>The audit details for a decision: the seal line, then the reason (or a fuller note) for people reading the record.</summary>
    public static string Details(Decision d, string? note = null) => $"decision={d.Id} seal={Of(d)}\n{note ?? d.Reason}";

    /// <summary>The decision id and seal an audit entry's details carry, or null when it carries none.</summary>
    public static (Guid DecisionId, string Seal)? Read(string? details)
    {
        var match = details is null ? null : SealLine().Match(details);
        return match is { Success: true } && Guid.TryParse(match.Groups[1].Value, out var id) ? (id, match.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"\Adecision=([0-9a-f-]{36}) seal=([0-9a-f]{64})")]
    private static partial Regex SealLine();
}
