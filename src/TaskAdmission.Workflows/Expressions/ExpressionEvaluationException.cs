namespace TaskAdmission.Workflows.Expressions;

/// <summary>Thrown when a well-formed expression cannot be evaluated against the given variables (type mismatch, division by zero, ...).</summary>
public sealed class ExpressionEvaluationException(string message) : Exception(message);
