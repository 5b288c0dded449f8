namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// A field's text after <see cref="TextNormaliser"/>, with the source range of every normalised character so that a
/// match found in the normalised text can be shown as offsets into what the department typed.
/// </summary>
public sealed class NormalisedText
{
    private readonly int[] sourceStart;
    private readonly int[] sourceEnd;

    internal NormalisedText(string source, string text, int[] sourceStart, int[] sourceEnd)
    {
        Source = source;
        Text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /// <summary>The text as written.</summary>
    public string Source { get; }

    /// <summary>Simplified, half-width, lower-case Latin, Arabic numbers.</summary>
    public string Text { get; }

    /// <summary>The source range [start, end) behind the normalised range [start, end).</summary>
    public (int Start, int End) ToSource(int start, int end)
    {
        if (Text.Length == 0)
        {
            return (0, 0);
        }
        start = Math.Clamp(start, 0, Text.Length - 1);
        end = Math.Clamp(end, start + 1, Text.Length);
        return (sourceStart[start], sourceEnd[end - 1]);
    }
}
