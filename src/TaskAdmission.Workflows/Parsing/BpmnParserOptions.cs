namespace TaskAdmission.Workflows.Parsing;

/// <summary>Limits and the dialect mapping used when reading BPMN files.</summary>
public sealed class BpmnParserOptions
{
    /// <summary>Shared defaults: the limits below and an empty dialect mapping.</summary>
    public static BpmnParserOptions Default { get; } = new();

    /// <summary>Most XML elements a file may have (diagram included); larger files are refused before they are read.</summary>
    public int MaxElements { get; set; } = 20_000;

    /// <summary>Deepest XML nesting a file may have (sub-processes inside sub-processes, ...).</summary>
    public int MaxDepth { get; set; } = 100;

    /// <summary>Largest file, in characters.</summary>
    public int MaxCharacters { get; set; } = 16 * 1024 * 1024;

    /// <summary>The Flowable/Activiti dialect mapping.</summary>
    public DialectOptions Dialect { get; set; } = new();
}
