using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Data.Workflows.Entities;

/// <summary>Row of wf_journal; (InstanceId, Sequence) is unique and gap-free per instance.</summary>
public sealed class WfJournalEntry
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long Sequence { get; set; }
    public DateTime AtUtc { get; set; }
    public JournalEntryKind Kind { get; set; }
    public string? ElementId { get; set; }
    public Guid? TaskId { get; set; }
    public string? Actor { get; set; }
    public string? Comment { get; set; }
    public string? Outcome { get; set; }
    public string? VariablesJson { get; set; }
    public string? Detail { get; set; }
}
