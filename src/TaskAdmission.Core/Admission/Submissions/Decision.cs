using System.Security.Cryptography;
using System.Text;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>A recorded decision: who, when, for which org unit, why, on which pre-check. Never updated or deleted.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public DecisionKind Kind { get; set; }

    /// <summary>The township (or district for the joint review) the decision is made for.</summary>
    public string OrgUnitCode { get; set; } = "";

    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
    public string Reason { get; set; } = "";
    public string? Conditions { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>SHA-256 of the pre-check JSON the reviewer saw.</summary>
    public string PrecheckHash { get; set; } = "";

    /// <summary>The workflow task completed by this decision; unique, so a retried decision cannot be recorded twice.</summary>
    public Guid? WorkflowTaskId { get; set; }

    /// <summary>A new decision on <paramref name="submission"/>, bound to the pre-check it relied on (by hash), added to its list.</summary>
    public static Decision Record(Submission submission, DecisionKind kind, string orgUnit, string by, string reason, DateTime atUtc, Guid? taskId = null)
    {
        var decision = new Decision
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            Kind = kind,
            OrgUnitCode = orgUnit,
            DecidedBy = by,
            DecidedAtUtc = atUtc,
            Reason = reason.Length > Submission.ReasonMax ? reason[..Submission.ReasonMax] : reason,
            PrecheckHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(submission.PrecheckJson ?? ""))),
            WorkflowTaskId = taskId,
        };
        submission.Decisions.Add(decision);
        return decision;
    }
}
