namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>A file attached to a submission (the department's notice, budget, agreement). Stored in the database.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
}
