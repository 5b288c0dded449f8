namespace TaskAdmission.Core.Villages;

/// <summary>What the village said about its work, in its own words; an attachment is optional and never proof.</summary>
public sealed class ProgressReport
{
    public const int TextMax = 2000;

    public Guid Id { get; set; }
    public Guid AssignmentId { get; set; }
    public string VillageCode { get; set; } = "";
    public string Text { get; set; } = "";
    public bool MarksDone { get; set; }
    public Guid? FileId { get; set; }
    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAtUtc { get; set; }
}
