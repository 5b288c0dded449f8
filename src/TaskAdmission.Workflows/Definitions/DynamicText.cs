using System.Text.Json;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>An attribute value that is either literal text or, when written as <c>${...}</c>, an expression resolved at run time.</summary>
public sealed class DynamicText
{
    private DynamicText(string raw, WorkflowExpression? expression)
    {
        Raw = raw;
        Expression = expression;
    }

    /// <summary>The attribute text as written.</summary>
    public string Raw { get; }

    /// <summary>The expression when the text is wrapped in <c>${ }</c>; null for a literal.</summary>
    public WorkflowExpression? Expression { get; }

    /// <summary>Creates a value from attribute text; throws <see cref="ExpressionParseException"/> for a malformed <c>${ }</c>.</summary>
    public static DynamicText Parse(string raw) =>
        new(raw, WorkflowExpression.IsWrapped(raw) ? WorkflowExpression.Parse(raw) : null);

    /// <summary>Resolves the value against variables; literals are returned unchanged.</summary>
    public string? Resolve(IReadOnlyDictionary<string, JsonElement> variables) =>
        Expression is null ? Raw : Expression.EvaluateText(variables);
}
