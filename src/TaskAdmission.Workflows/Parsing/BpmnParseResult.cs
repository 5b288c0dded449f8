using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>The outcome of parsing: a definition when valid, otherwise every problem found.</summary>
public sealed class BpmnParseResult(ProcessDefinition? definition, IReadOnlyList<ParseProblem> problems)
{
    /// <summary>The executable definition; null when there are problems.</summary>
    public ProcessDefinition? Definition { get; } = problems.Count == 0 ? definition : null;

    /// <summary>All problems, ordered by line.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; } = problems;

    /// <summary>True when the file can be deployed.</summary>
    public bool IsValid => Problems.Count == 0 && Definition is not null;
}
