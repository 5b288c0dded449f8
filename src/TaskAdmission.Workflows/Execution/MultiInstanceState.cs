using System.Text.Json.Serialization;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Counters and items of a running multi-instance body.</summary>
internal sealed class MultiInstanceState
{
    public List<MultiInstanceItem> Items { get; set; } = [];

    [JsonIgnore]
    public int Instances => Items.Count(i => i.State != MultiInstanceItemState.Removed);

    [JsonIgnore]
    public int Completed => Items.Count(i => i.State == MultiInstanceItemState.Completed);

    [JsonIgnore]
    public int Active => Items.Count(i => i.State == MultiInstanceItemState.Active);

    public int CountOutcome(string outcome) =>
        Items.Count(i => i.State == MultiInstanceItemState.Completed && i.Outcome == outcome);
}
