using System.Globalization;

namespace TaskAdmission.Workflows.Expressions;

/// <summary>Hand-written lexer for the expression language.</summary>
/// <remarks>
/// Hand-written because no expression library restores from the package mirror (NCalc,
/// DynamicExpresso and Jint are all absent), and the language is small enough to own.
/// </remarks>
internal static class ExpressionTokenizer
{
    private static readonly Dictionary<string, ExpressionTokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["true"] = ExpressionTokenKind.True,
        ["false"] = ExpressionTokenKind.False,
        ["null"] = ExpressionTokenKind.Null,
        ["and"] = ExpressionTokenKind.And,
        ["or"] = ExpressionTokenKind.Or,
        ["not"] = ExpressionTokenKind.Not,
        ["in"] = ExpressionTokenKind.In,
        ["is"] = ExpressionTokenKind.Is,

        // JUEL (Flowable/Activiti conditions) spells operators as words too.
        ["eq"] = ExpressionTokenKind.Equal,
        ["ne"] = ExpressionTokenKind.NotEqual,
        ["lt"] = ExpressionTokenKind.Less,
        ["le"] = ExpressionTokenKind.LessOrEqual,
        ["gt"] = ExpressionTokenKind.Greater,
        ["ge"] = ExpressionTokenKind.GreaterOrEqual,
        ["div"] = ExpressionTokenKind.Slash,
        ["mod"] = ExpressionTokenKind.Percent,
        ["empty"] = ExpressionTokenKind.Empty,
    };

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static List<ExpressionToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<ExpressionToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var position = i + 1;
            if (char.IsAsciiDigit(c))
            {
                var s = i;
                while (i < end && char.IsAsciiDigit(text[i])) i++;
                if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < end && char.IsAsciiDigit(text[i])) i++;
                }

                var literal = text[s..i];
                if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    throw new ExpressionParseException($"number '{literal}' is out of range", position);
                }

                tokens.Add(new ExpressionToken(ExpressionTokenKind.Number, literal, position, number));
                continue;
            }

            if (c is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref i, end, c));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var s = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                var word = text[s..i];
                var kind = Keywords.GetValueOrDefault(word, ExpressionTokenKind.Identifier);
                tokens.Add(new ExpressionToken(kind, word, position));
                continue;
            }

            var (symbol, length) = ReadSymbol(text, i, end)
                ?? throw new ExpressionParseException($"unexpected character '{c}'", position);
            tokens.Add(new ExpressionToken(symbol, text.Substring(i, length), position));
            i += length;
        }

        tokens.Add(new ExpressionToken(ExpressionTokenKind.End, "end of expression", end + 1));
        return tokens;
    }

    private static ExpressionToken ReadString(string text, ref int i, int end, char quote)
    {
        var position = i + 1;
        var builder = new System.Text.StringBuilder();
        i++;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == quote)
            {
                i++;
                return new ExpressionToken(ExpressionTokenKind.String, builder.ToString(), position);
            }

            builder.Append(c);
            i++;
        }

        throw new ExpressionParseException("unterminated string literal", position);
    }

    private static (ExpressionTokenKind Kind, int Length)? ReadSymbol(string text, int i, int end)
    {
        var next = i + 1 < end ? text[i + 1] : '\0';
        return (text[i], next) switch
        {
            ('=', '=') => (ExpressionTokenKind.Equal, 2),
            ('!', '=') => (ExpressionTokenKind.NotEqual, 2),
            ('<', '=') => (ExpressionTokenKind.LessOrEqual, 2),
            ('>', '=') => (ExpressionTokenKind.GreaterOrEqual, 2),
            ('&', '&') => (ExpressionTokenKind.And, 2),
            ('|', '|') => (ExpressionTokenKind.Or, 2),
            ('<', _) => (ExpressionTokenKind.Less, 1),
            ('>', _) => (ExpressionTokenKind.Greater, 1),
            ('!', _) => (ExpressionTokenKind.Not, 1),
            ('+', _) => (ExpressionTokenKind.Plus, 1),
            ('-', _) => (ExpressionTokenKind.Minus, 1),
            ('*', _) => (ExpressionTokenKind.Star, 1),
            ('/', _) => (ExpressionTokenKind.Slash, 1),
            ('%', _) => (ExpressionTokenKind.Percent, 1),
            ('?', _) => (ExpressionTokenKind.Question, 1),
            (':', _) => (ExpressionTokenKind.Colon, 1),
            ('(', _) => (ExpressionTokenKind.LeftParen, 1),
            (')', _) => (ExpressionTokenKind.RightParen, 1),
            ('[', _) => (ExpressionTokenKind.LeftBracket, 1),
            (']', _) => (ExpressionTokenKind.RightBracket, 1),
            (',', _) => (ExpressionTokenKind.Comma, 1),
            ('.', _) => (ExpressionTokenKind.Dot, 1),
            _ => null,
        };
    }
}
