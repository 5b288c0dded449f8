namespace TaskAdmission.Core.Purchase;

/// <summary>The department's acceptance (验收) of a reported milestone: passed, or rework with the reasons. Never updated.</summary>
public sealed class Acceptance
{
    public const int ReasonsMax = 2000;

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid MilestoneId { get; set; }
    public bool Passed { get; set; }
    public string Reasons { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
}
