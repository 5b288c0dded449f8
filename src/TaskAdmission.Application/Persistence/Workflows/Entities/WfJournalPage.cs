namespace TaskAdmission.Application.Persistence.Workflows.Entities;

/// <summary>
/// Row of wf_journal_pages: the journal entries one engine command wrote (sequences <see cref="FirstSequence"/> to
/// <see cref="LastSequence"/>, gap-free per instance), as a JSON array (<see cref="JournalPageJson"/>). One row per
/// command instead of one per entry: the journal was the largest write of every step. The view <c>wf_journal</c> shows
/// the entries as rows for SQL readers.
/// </summary>
public sealed class WfJournalPage
{
    public Guid InstanceId { get; set; }
    public long FirstSequence { get; set; }
    public long LastSequence { get; set; }
    public DateTime AtUtc { get; set; }
    public required string EntriesJson { get; set; }
}
