using System.Text.Json;

namespace TaskAdmission.Workflows.Execution;

/// <summary>One element of a multi-instance collection and what became of its task.</summary>
internal sealed class MultiInstanceItem
{
    public int Index { get; set; }

    public JsonElement Value { get; set; }

    public MultiInstanceItemState State { get; set; }

    public int? TokenId { get; set; }

    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }
}
