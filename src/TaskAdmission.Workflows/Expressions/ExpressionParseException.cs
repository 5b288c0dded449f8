namespace TaskAdmission.Workflows.Expressions;

/// <summary>Thrown when expression text does not conform to the grammar; carries the 1-based column of the problem.</summary>
public sealed class ExpressionParseException(string message, int position)
    : Exception($"{message} at position {position}")
{
    /// <summary>The 1-based column in the expression text where the problem was found.</summary>
    public int Position { get; } = position;

    /// <summary>The problem description without the position suffix.</summary>
    public string Problem { get; } = message;
}
