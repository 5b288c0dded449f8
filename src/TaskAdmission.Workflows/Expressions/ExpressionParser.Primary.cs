using System.Text.Json;

namespace TaskAdmission.Workflows.Expressions;

/// <summary>Values: literals, lists, variable paths, and the arithmetic the operators apply to them.</summary>
internal sealed partial class ExpressionParser
{
    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParsePrimary()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case ExpressionTokenKind.Number:
                return _ => token.Number;
            case ExpressionTokenKind.String:
                return _ => token.Text;
            case ExpressionTokenKind.True:
                return _ => true;
            case ExpressionTokenKind.False:
                return _ => false;
            case ExpressionTokenKind.Null:
                return _ => null;
            case ExpressionTokenKind.LeftParen:
            {
                Enter(token);
                var inner = ParseConditional();
                Expect(ExpressionTokenKind.RightParen, "')'");
                depth--;
                return inner;
            }
            case ExpressionTokenKind.LeftBracket:
            {
                Enter(token);
                var list = ParseList();
                depth--;
                return list;
            }
            case ExpressionTokenKind.Identifier:
                return ParsePath(token.Text);
            default:
                throw new ExpressionParseException($"expected a value but found '{token.Text}'", token.Position);
        }
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseList()
    {
        var items = new List<Func<IReadOnlyDictionary<string, JsonElement>, object?>>();
        if (!Accept(ExpressionTokenKind.RightBracket))
        {
            do
            {
                items.Add(ParseConditional());
            }
            while (Accept(ExpressionTokenKind.Comma));

            Expect(ExpressionTokenKind.RightBracket, "']' or ','");
        }

        return v => items.Select(item => item(v)).ToList();
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParsePath(string root)
    {
        var segments = new List<string>();
        while (Accept(ExpressionTokenKind.Dot))
        {
            var segment = Current;
            Expect(ExpressionTokenKind.Identifier, "a property name after '.'");
            segments.Add(segment.Text);
        }

        if (Current.Kind == ExpressionTokenKind.LeftParen)
        {
            // JUEL method expressions (execution.getVariable(...), bean.check(...)) run code; ours only read variables.
            throw new ExpressionParseException(
                $"method and function calls are not supported ('{string.Join('.', [root, .. segments])}(...)'); write the condition with variables and operators", Current.Position);
        }

        if (Current.Kind == ExpressionTokenKind.LeftBracket)
        {
            throw new ExpressionParseException("indexing with [...] is not supported; use a dotted path (a.b)", Current.Position);
        }

        return v =>
        {
            // Missing variables and properties read as null so that "x is null" works for absent data.
            if (!v.TryGetValue(root, out var current)) return null;
            foreach (var segment in segments)
            {
                if (current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
                if (current.ValueKind != JsonValueKind.Object)
                {
                    throw new ExpressionEvaluationException($"cannot read property '{segment}' of a {current.ValueKind.ToString().ToLowerInvariant()}");
                }

                if (!current.TryGetProperty(segment, out current)) return null;
            }

            return ExpressionValues.FromJson(current);
        };
    }

    private static object? Add(object? left, object? right) => (left, right) switch
    {
        (string a, string b) => a + b,
        _ => Arithmetic(left, right, "+", (a, b) => a + b),
    };

    private static object Arithmetic(object? left, object? right, string op, Func<decimal, decimal, decimal> apply)
    {
        if (left is not decimal a || right is not decimal b)
        {
            throw new ExpressionEvaluationException($"cannot apply '{op}' to {ExpressionValues.TypeName(left)} and {ExpressionValues.TypeName(right)}");
        }

        try
        {
            return apply(a, b);
        }
        catch (OverflowException)
        {
            throw new ExpressionEvaluationException($"arithmetic overflow in '{op}'");
        }
    }
}
