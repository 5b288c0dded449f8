namespace TaskAdmission.Workflows.Expressions;

/// <summary>One lexical token; <see cref="Position"/> is the 1-based column in the original expression text.</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Position, decimal Number = 0m);
