using System.Text.Json;

namespace TaskAdmission.Workflows.Expressions;

/// <summary>Recursive-descent parser that compiles tokens straight into evaluation closures.</summary>
/// <remarks>
/// Precedence, lowest first: ?:, or, and, not, comparison/in/is, + -, * / %, unary minus and empty, primary.
/// No expression library restores here (NCalc, DynamicExpresso, Jint are absent), hence hand-written.
/// Nesting is capped so that a hostile file cannot exhaust the stack of the thread that parses it.
/// </remarks>
internal sealed partial class ExpressionParser(List<ExpressionToken> tokens)
{
    /// <summary>Deepest nesting of parentheses, lists, ternaries and prefix operators accepted.</summary>
    public const int MaxDepth = 64;

    private int index;
    private int depth;

    private ExpressionToken Current => tokens[index];

    public Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseAll()
    {
        var result = ParseConditional();
        if (Current.Kind != ExpressionTokenKind.End)
        {
            throw new ExpressionParseException($"unexpected '{Current.Text}'", Current.Position);
        }

        return result;
    }

    private ExpressionToken Advance() => tokens[index++];

    private bool Accept(ExpressionTokenKind kind)
    {
        if (Current.Kind != kind) return false;
        index++;
        return true;
    }

    private void Expect(ExpressionTokenKind kind, string description)
    {
        if (!Accept(kind))
        {
            throw new ExpressionParseException($"expected {description} but found '{Current.Text}'", Current.Position);
        }
    }

    private void Enter(ExpressionToken at)
    {
        if (++depth > MaxDepth) throw new ExpressionParseException($"expression is nested more than {MaxDepth} levels deep", at.Position);
    }

    /// <summary>JUEL's <c>condition ? a : b</c>; the branches may be any value.</summary>
    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseConditional()
    {
        var condition = ParseOr();
        var question = Current;
        if (!Accept(ExpressionTokenKind.Question)) return condition;
        Enter(question);
        var whenTrue = ParseConditional();
        Expect(ExpressionTokenKind.Colon, "':' of '? :'");
        var whenFalse = ParseConditional();
        depth--;
        return v => ExpressionValues.ToBoolean(condition(v), "condition of '? :'") ? whenTrue(v) : whenFalse(v);
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseOr()
    {
        var left = ParseAnd();
        while (Accept(ExpressionTokenKind.Or))
        {
            var (l, r) = (left, ParseAnd());
            left = v => ExpressionValues.ToBoolean(l(v), "left side of 'or'") || ExpressionValues.ToBoolean(r(v), "right side of 'or'");
        }

        return left;
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseAnd()
    {
        var left = ParseNot();
        while (Accept(ExpressionTokenKind.And))
        {
            var (l, r) = (left, ParseNot());
            left = v => ExpressionValues.ToBoolean(l(v), "left side of 'and'") && ExpressionValues.ToBoolean(r(v), "right side of 'and'");
        }

        return left;
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseNot()
    {
        var at = Current;
        if (Accept(ExpressionTokenKind.Not))
        {
            Enter(at);
            var operand = ParseNot();
            depth--;
            return v => !ExpressionValues.ToBoolean(operand(v), "operand of 'not'");
        }

        return ParseComparison();
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseComparison()
    {
        var left = ParseAdditive();
        var op = Current;
        switch (op.Kind)
        {
            case ExpressionTokenKind.Equal or ExpressionTokenKind.NotEqual:
            {
                Advance();
                var right = ParseAdditive();
                var negate = op.Kind == ExpressionTokenKind.NotEqual;
                return v => ExpressionValues.AreEqual(left(v), right(v)) != negate;
            }
            case ExpressionTokenKind.Less or ExpressionTokenKind.LessOrEqual or ExpressionTokenKind.Greater or ExpressionTokenKind.GreaterOrEqual:
            {
                Advance();
                var right = ParseAdditive();
                Func<int, bool> test = op.Kind switch
                {
                    ExpressionTokenKind.Less => c => c < 0,
                    ExpressionTokenKind.LessOrEqual => c => c <= 0,
                    ExpressionTokenKind.Greater => c => c > 0,
                    _ => c => c >= 0,
                };
                return v => test(ExpressionValues.Compare(left(v), right(v), op.Text));
            }
            case ExpressionTokenKind.In:
                Advance();
                return ContainedIn(left, ParseAdditive(), negate: false);
            case ExpressionTokenKind.Not when tokens[index + 1].Kind == ExpressionTokenKind.In:
                index += 2;
                return ContainedIn(left, ParseAdditive(), negate: true);
            case ExpressionTokenKind.Is:
            {
                Advance();
                var negate = Accept(ExpressionTokenKind.Not);
                Expect(ExpressionTokenKind.Null, "'null' after 'is'");
                return v => (left(v) is null) != negate;
            }
            default:
                return left;
        }
    }

    private static Func<IReadOnlyDictionary<string, JsonElement>, object?> ContainedIn(
        Func<IReadOnlyDictionary<string, JsonElement>, object?> item,
        Func<IReadOnlyDictionary<string, JsonElement>, object?> collection,
        bool negate) => v =>
    {
        var needle = item(v);
        return collection(v) switch
        {
            IReadOnlyList<object?> list => list.Any(e => ExpressionValues.AreEqual(e, needle)) != negate,
            null => negate,
            var other => throw new ExpressionEvaluationException($"right side of 'in' must be a list but was {ExpressionValues.TypeName(other)}"),
        };
    };

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is ExpressionTokenKind.Plus or ExpressionTokenKind.Minus)
        {
            var op = Advance();
            var (l, r) = (left, ParseMultiplicative());
            left = op.Kind == ExpressionTokenKind.Plus
                ? v => Add(l(v), r(v))
                : v => Arithmetic(l(v), r(v), "-", (a, b) => a - b);
        }

        return left;
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is ExpressionTokenKind.Star or ExpressionTokenKind.Slash or ExpressionTokenKind.Percent)
        {
            var op = Advance();
            var (l, r) = (left, ParseUnary());
            left = op.Kind switch
            {
                ExpressionTokenKind.Star => v => Arithmetic(l(v), r(v), "*", (a, b) => a * b),
                ExpressionTokenKind.Slash => v => Arithmetic(l(v), r(v), "/", (a, b) => b == 0m
                    ? throw new ExpressionEvaluationException("division by zero")
                    : a / b),
                _ => v => Arithmetic(l(v), r(v), "%", (a, b) => b == 0m
                    ? throw new ExpressionEvaluationException("division by zero")
                    : a % b),
            };
        }

        return left;
    }

    private Func<IReadOnlyDictionary<string, JsonElement>, object?> ParseUnary()
    {
        var at = Current;
        if (Accept(ExpressionTokenKind.Minus))
        {
            Enter(at);
            var operand = ParseUnary();
            depth--;
            return v => Arithmetic(0m, operand(v), "-", (a, b) => a - b);
        }

        if (Accept(ExpressionTokenKind.Empty))
        {
            // JUEL: true for null, "", and empty lists or objects.
            Enter(at);
            var operand = ParseUnary();
            depth--;
            return v => operand(v) switch
            {
                null => true,
                string s => s.Length == 0,
                IReadOnlyList<object?> list => list.Count == 0,
                JsonElement { ValueKind: JsonValueKind.Object } o => !o.EnumerateObject().Any(),
                _ => false,
            };
        }

        return ParsePrimary();
    }
}
