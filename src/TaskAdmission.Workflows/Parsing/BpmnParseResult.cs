using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>The outcome of parsing: a definition when valid, otherwise every problem found; warnings either way.</summary>
public sealed class BpmnParseResult
{
    /// <summary>Splits <paramref name="problems"/> into errors and warnings; the definition is kept only without errors.</summary>
    public BpmnParseResult(ProcessDefinition? definition, IReadOnlyList<ParseProblem> problems)
    {
        Problems = problems.Where(p => !p.IsWarning).ToList();
        Warnings = problems.Where(p => p.IsWarning).ToList();
        Definition = Problems.Count == 0 ? definition : null;
    }

    /// <summary>The executable definition; null when there are errors.</summary>
    public ProcessDefinition? Definition { get; }

    /// <summary>Every error, ordered by line: the file cannot be deployed while there is one.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    /// <summary>Every warning, ordered by line: what the file says that has no effect or may not behave as drawn.</summary>
    public IReadOnlyList<ParseProblem> Warnings { get; }

    /// <summary>True when the file can be deployed.</summary>
    public bool IsValid => Problems.Count == 0 && Definition is not null;
}
