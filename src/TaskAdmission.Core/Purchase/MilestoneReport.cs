namespace TaskAdmission.Core.Purchase;

/// <summary>The provider's report that a milestone was delivered: its own words, files if it wants. Never updated.</summary>
public sealed class MilestoneReport
{
    public const int TextMax = 2000;
    public const int MaxFiles = 5;

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid MilestoneId { get; set; }
    public string Text { get; set; } = "";
    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAtUtc { get; set; }
}
