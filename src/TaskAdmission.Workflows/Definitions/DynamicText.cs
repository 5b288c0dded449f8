using System.Text;
using System.Text.Json;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>
/// An attribute value that is literal text, a single <c>${...}</c> expression resolved at run time, or (as JUEL allows)
/// text with expressions inside, e.g. <c>inspector${loopCounter}</c>.
/// </summary>
public sealed class DynamicText
{
    private readonly IReadOnlyList<(string? Text, WorkflowExpression? Expression)> parts;

    private DynamicText(string raw, WorkflowExpression? expression, IReadOnlyList<(string?, WorkflowExpression?)> parts)
    {
        Raw = raw;
        Expression = expression;
        this.parts = parts;
    }

    /// <summary>The attribute text as written.</summary>
    public string Raw { get; }

    /// <summary>The expression when the whole text is one <c>${ }</c>; null for a literal or mixed text.</summary>
    public WorkflowExpression? Expression { get; }

    /// <summary>True when the value depends on variables.</summary>
    public bool IsDynamic => Expression is not null || parts.Any(p => p.Expression is not null);

    /// <summary>Creates a value from attribute text; throws <see cref="ExpressionParseException"/> for a malformed <c>${ }</c>.</summary>
    public static DynamicText Parse(string raw)
    {
        if (WorkflowExpression.IsWrapped(raw) && SplitParts(raw) is [(null, { } single)]) return new DynamicText(raw, single, []);
        var parts = SplitParts(raw);
        return new DynamicText(raw, null, parts);
    }

    /// <summary>Resolves the value against variables; literals are returned unchanged.</summary>
    public string? Resolve(IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (Expression is not null) return Expression.EvaluateText(variables);
        if (parts.Count == 1 && parts[0].Expression is null) return parts[0].Text;
        var text = new StringBuilder();
        foreach (var (literal, expression) in parts) text.Append(literal ?? expression!.EvaluateText(variables));
        return text.ToString();
    }

    private static List<(string?, WorkflowExpression?)> SplitParts(string raw)
    {
        var parts = new List<(string?, WorkflowExpression?)>();
        var trimmed = raw.Trim();
        var i = 0;
        while (i < trimmed.Length)
        {
            var open = trimmed.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add((trimmed[i..], null));
                break;
            }

            if (open > i) parts.Add((trimmed[i..open], null));
            var close = ClosingBrace(trimmed, open + 2)
                ?? throw new ExpressionParseException("'${' without a closing '}'", open + 1);
            parts.Add((null, WorkflowExpression.Parse(trimmed[open..(close + 1)])));
            i = close + 1;
        }

        return parts.Count == 0 ? [(string.Empty, null)] : parts;
    }

    /// <summary>The index of the '}' ending an expression that starts at <paramref name="start"/>, skipping quoted strings.</summary>
    private static int? ClosingBrace(string text, int start)
    {
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        return null;
    }
}
