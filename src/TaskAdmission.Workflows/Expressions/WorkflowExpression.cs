using System.Collections.Concurrent;
using System.Text.Json;

namespace TaskAdmission.Workflows.Expressions;

/// <summary>A parsed, side-effect-free expression over process variables (see docs/workflows.md for the grammar).</summary>
public sealed class WorkflowExpression
{
    // Parsed expressions are immutable closures, so one cache can serve every definition and thread.
    private static readonly ConcurrentDictionary<string, WorkflowExpression> Cache = new(StringComparer.Ordinal);

    private readonly Func<IReadOnlyDictionary<string, JsonElement>, object?> evaluate;

    private WorkflowExpression(string text, Func<IReadOnlyDictionary<string, JsonElement>, object?> evaluate)
    {
        Text = text;
        this.evaluate = evaluate;
    }

    /// <summary>The expression text exactly as written, including any <c>${ }</c> wrapper.</summary>
    public string Text { get; }

    /// <summary>Parses expression text, optionally wrapped in <c>${ ... }</c>; throws <see cref="ExpressionParseException"/> with the column on error.</summary>
    public static WorkflowExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cache.TryGetValue(text, out var cached)) return cached;

        var (start, end) = Unwrap(text);
        var tokens = ExpressionTokenizer.Tokenize(text, start, end);
        if (tokens.Count == 1)
        {
            throw new ExpressionParseException("expression is empty", start + 1);
        }

        var parsed = new WorkflowExpression(text, new ExpressionParser(tokens).ParseAll());
        return Cache.GetOrAdd(text, parsed);
    }

    /// <summary>Tries to parse expression text; on failure returns false and the parse error.</summary>
    public static bool TryParse(string text, out WorkflowExpression? expression, out ExpressionParseException? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (ExpressionParseException e)
        {
            expression = null;
            error = e;
            return false;
        }
    }

    /// <summary>Evaluates the expression and returns the result as JSON.</summary>
    public JsonElement Evaluate(IReadOnlyDictionary<string, JsonElement> variables) =>
        ExpressionValues.ToJson(evaluate(variables));

    /// <summary>Evaluates the expression, requiring a boolean result (conditions, completion conditions).</summary>
    public bool EvaluateBoolean(IReadOnlyDictionary<string, JsonElement> variables) =>
        ExpressionValues.ToBoolean(evaluate(variables), $"result of '{Text}'");

    /// <summary>Evaluates the expression and renders the result as plain text (strings unquoted, null as null).</summary>
    public string? EvaluateText(IReadOnlyDictionary<string, JsonElement> variables) =>
        ExpressionValues.ToText(evaluate(variables));

    /// <summary>Returns true when the text is wrapped in <c>${ ... }</c>, i.e. is an expression rather than a literal.</summary>
    public static bool IsWrapped(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}');
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static (int Start, int End) Unwrap(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start >= 3 && text[start] == '$' && text[start + 1] == '{' && text[end - 1] == '}')
        {
            return (start + 2, end - 1);
        }

        return (start, end);
    }
}
