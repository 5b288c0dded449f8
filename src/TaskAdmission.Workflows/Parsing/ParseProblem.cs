namespace TaskAdmission.Workflows.Parsing;

/// <summary>One reason a BPMN file cannot be deployed (or, as a warning, may not behave as drawn), located by element id and line.</summary>
/// <param name="ElementId">Id of the element the user drew (a task, a flow, a lane, ...), or its element name when it has no id.</param>
/// <param name="Line">1-based line in the file (0 when unknown).</param>
/// <param name="Message">Plain-language description.</param>
/// <param name="Severity">Error (refused) or warning (deployed anyway).</param>
public sealed record ParseProblem(string ElementId, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>True for a warning, which does not stop the deployment.</summary>
    public bool IsWarning => Severity == ProblemSeverity.Warning;

    /// <summary>Formats as <c>&lt;id&gt; line &lt;n&gt;: &lt;message&gt;</c> (warnings: <c>… line &lt;n&gt;: warning: …</c>), the CLI output format.</summary>
    public override string ToString() => IsWarning ? $"{ElementId} line {Line}: warning: {Message}" : $"{ElementId} line {Line}: {Message}";
}
