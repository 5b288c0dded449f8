using System.Text.Json;
using System.Text.Json.Serialization;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>
/// The journal entries of one command as one <see cref="WfJournalPage"/> and back. The JSON objects use the column
/// names of the former one-row-per-entry table (Id, Sequence, AtUtc, Kind, …; nulls left out), which the
/// <c>wf_journal</c> view turns back into rows.
/// </summary>
internal static partial class JournalPageJson
{
    /// <summary>The page for one command's entries (all of one instance, consecutive sequences).</summary>
    public static WfJournalPage ToPage(IReadOnlyList<JournalEntry> entries)
    {
        // A command journals in sequence order: sort only when it did not (loops, not LINQ: every engine command writes a page).
        var ordered = entries;
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Sequence < entries[i - 1].Sequence)
            {
                ordered = entries.OrderBy(e => e.Sequence).ToList();
                break;
            }
        }

        var items = new List<Item>(ordered.Count);
        foreach (var entry in ordered) items.Add(ToItem(entry));
        return new WfJournalPage
        {
            InstanceId = ordered[0].InstanceId,
            FirstSequence = ordered[0].Sequence,
            LastSequence = ordered[^1].Sequence,
            AtUtc = ordered[0].At.UtcDateTime,
            EntriesJson = JsonSerializer.Serialize(items, PageJsonContext.Default.ListItem),
        };
    }

    /// <summary>The entries of a page, in sequence order.</summary>
    public static IEnumerable<JournalEntry> Entries(WfJournalPage page) =>
        (JsonSerializer.Deserialize(page.EntriesJson, PageJsonContext.Default.ListItem) ?? []).Select(i => new JournalEntry
        {
            Id = i.Id, InstanceId = page.InstanceId, Sequence = i.Sequence, At = i.AtUtc.ToUniversalTime(), Kind = i.Kind, ElementId = i.ElementId,
            TaskId = i.TaskId, Actor = i.Actor, Comment = i.Comment, Outcome = i.Outcome, VariablesJson = i.VariablesJson, Detail = i.Detail,
        });

    private static Item ToItem(JournalEntry e) =>
        new(e.Id, e.Sequence, e.At.ToUniversalTime(), e.Kind, e.ElementId, e.TaskId, e.Actor, e.Comment, e.Outcome, e.VariablesJson, e.Detail);

    /// <summary>One entry as stored in the page's JSON array.</summary>
    internal sealed record Item(
        Guid Id, long Sequence, DateTimeOffset AtUtc, JournalEntryKind Kind, string? ElementId, Guid? TaskId, string? Actor, string? Comment,
        string? Outcome, string? VariablesJson, string? Detail);

    [JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(List<Item>))]
    internal sealed partial class PageJsonContext : JsonSerializerContext;
}
