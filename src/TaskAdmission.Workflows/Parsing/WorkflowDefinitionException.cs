namespace TaskAdmission.Workflows.Parsing;

/// <summary>Thrown when deploying a BPMN file that has problems; lists all of them.</summary>
public sealed class WorkflowDefinitionException(IReadOnlyList<ParseProblem> problems)
    : Exception("The BPMN definition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    /// <summary>Every problem found in the file.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; } = problems;
}
