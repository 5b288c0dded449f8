namespace TaskAdmission.Workflows.Expressions;

/// <summary>Kinds of lexical tokens in the workflow expression language.</summary>
internal enum ExpressionTokenKind
{
    Number,
    String,
    Identifier,
    True,
    False,
    Null,
    And,
    Or,
    Not,
    In,
    Is,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    End,
}
