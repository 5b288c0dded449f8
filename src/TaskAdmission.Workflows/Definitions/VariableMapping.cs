using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>One in or out mapping of a call activity: a source variable (or expression) copied to a target variable.</summary>
/// <param name="Source">Variable read on the giving side; null when <paramref name="SourceExpression"/> is used.</param>
/// <param name="SourceExpression">Expression evaluated on the giving side; null when <paramref name="Source"/> is used.</param>
/// <param name="Target">Variable written on the receiving side.</param>
public sealed record VariableMapping(string? Source, WorkflowExpression? SourceExpression, string Target);
