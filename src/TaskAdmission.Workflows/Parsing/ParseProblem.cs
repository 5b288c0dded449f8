namespace TaskAdmission.Workflows.Parsing;

/// <summary>One reason a BPMN file cannot be deployed, located by element id and line.</summary>
/// <param name="ElementId">Id of the offending element, or its element name when it has no id.</param>
/// <param name="Line">1-based line in the file (0 when unknown).</param>
/// <param name="Message">Plain-language description.</param>
public sealed record ParseProblem(string ElementId, int Line, string Message)
{
    /// <summary>Formats as <c>&lt;id&gt; line &lt;n&gt;: &lt;message&gt;</c>, the CLI output format.</summary>
    public override string ToString() => $"{ElementId} line {Line}: {Message}";
}
