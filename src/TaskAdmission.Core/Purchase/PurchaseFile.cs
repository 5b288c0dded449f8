namespace TaskAdmission.Core.Purchase;

/// <summary>A file of a purchase case (checked by <c>AttachmentPolicy</c>): the signed agreement's scan, or a milestone report's attachment.</summary>
public sealed class PurchaseFile
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public PurchaseFileUse Use { get; set; }

    /// <summary>The report the file belongs to (report files only).</summary>
    public Guid? ReportId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
}
