namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>Row of wf_carbon_copies (抄送).</summary>
public sealed class WfCarbonCopy
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public string? ElementId { get; set; }
    public required string Recipient { get; set; }
    public required string From { get; set; }
    public string? Comment { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
