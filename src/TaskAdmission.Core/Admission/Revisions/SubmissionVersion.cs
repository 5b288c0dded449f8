namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>
/// One numbered version (第1版, 第2版 …) of a submission as it left the department: the content a reviewer returned,
/// then each resubmitted content with the department's 修改说明. Written once, never changed.
/// </summary>
public sealed class SubmissionVersion
{
    public const int ChangeNoteMax = 1000;

    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }

    /// <summary>1 for the first version a reviewer returned; unique per submission, so a double resubmission stores one.</summary>
    public int Number { get; set; }

    /// <summary>The <see cref="SubmissionSnapshot"/> as JSON.</summary>
    public string ContentJson { get; set; } = "";

    /// <summary>What the department changed (修改说明); null for the first version, which nobody resubmitted.</summary>
    public string? ChangeNote { get; set; }

    /// <summary>Who sent this version (the resubmitter; for the first version, the department's drafter).</summary>
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    public SubmissionSnapshot Content => SubmissionSnapshot.FromJson(ContentJson);
}
