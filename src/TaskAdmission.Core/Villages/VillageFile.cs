namespace TaskAdmission.Core.Villages;

/// <summary>
/// A file a village chose to attach (to a progress report or to a report of unadmitted work). Owned by the village:
/// only that village, and for reports the supervisor, can download it.
/// </summary>
public sealed class VillageFile
{
    public Guid Id { get; set; }
    public string VillageCode { get; set; } = "";
    public VillageFileUse Use { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
}
