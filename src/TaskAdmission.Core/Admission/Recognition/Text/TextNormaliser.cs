using System.Text;

namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// Brings a notice and a recogniser phrase to one written form before they are compared: full-width letters, digits and
/// punctuation to half-width, the traditional characters met in notices to simplified, Latin to lower case, Chinese
/// numbers before a unit (两项, 三十个, 百分之九十五) to Arabic digits, and spacing or zero-width characters slipped between
/// Chinese characters (招 商 引 资) removed. Phrases and notices go through the same function, so they always agree.
/// </summary>
public static class TextNormaliser
{
    public static NormalisedText Normalise(string? source)
    {
        source ??= "";
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        // (phase 33) A table typed with runs of spaces between its cells: the runs are its cell marks.
        var text = Normalise(source, starts, ends, SpaceTables.Marks(source));
        return new NormalisedText(source, text, [.. starts], [.. ends]);
    }

    /// <summary>The normalised form alone, for phrases and the suggestions' words (no offsets kept).</summary>
    public static string Fold(string text) => Normalise(text, null, null, null);

    /// <summary>
    /// The normalised text; each normalised character's source range goes to <paramref name="starts"/> and <paramref name="ends"/>
    /// when given. A run of spaces that <paramref name="cellMarks"/> names (its source start → end) is written as one bar.
    /// </summary>
    private static string Normalise(string source, List<int>? starts, List<int>? ends, Dictionary<int, int>? cellMarks)
    {
        var text = new StringBuilder(source.Length);
        void Emit(char c, int start, int end)
        {
            text.Append(c);
            starts?.Add(start);
            ends?.Add(end);
        }

        for (var i = 0; i < source.Length;)
        {
            if (cellMarks is not null && cellMarks.TryGetValue(i, out var runEnd))
            {
                Emit('|', i, runEnd);
                i = runEnd;
                continue;
            }
            if (ChineseNumerals.TryRead(source, i, out var digits, out var consumed))
            {
                foreach (var d in digits)
                {
                    Emit(d, i, i + consumed);
                }
                i += consumed;
                continue;
            }
            var c = Fold(source[i]);
            if (c == '\0' || (IsFiller(c) && IsBetweenChinese(source, i)))
            {
                i++;
                continue;
            }
            Emit(c, i, i + 1);
            i++;
        }
        return text.ToString();
    }

    /// <summary>One character's normal form; '\0' drops it.</summary>
    internal static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0',
        '\u3001' => '、',
        '\uFF64' => '、',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' or '\u300C' or '\u300D' or '\u300E' or '\u300F' => '"',
        '\u3010' or '\u3014' or '\u3016' => '[',
        '\u3011' or '\u3015' or '\u3017' => ']',
        '\u2014' or '\u2013' or '\u2015' => '-',
        // (phase 17) A tab separates a table's cells as a bar does (序号⇥活动⇥责任单位): the table readers read either.
        '\t' => '|',
        >= '\u2460' and <= '\u2468' => (char)('1' + (c - '\u2460')),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ => TraditionalChinese.ToSimplified(c),
    };

    private static bool IsFiller(char c) => c is ' ' or '\u00B7' or '\u30FB' or '\u2022';

    private static bool IsBetweenChinese(string s, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsFiller(Fold(s[before])))
        {
            before--;
        }
        var after = i + 1;
        while (after < s.Length && IsFiller(Fold(s[after])))
        {
            after++;
        }
        return before >= 0 && after < s.Length && IsChinese(s[before]) && IsChinese(s[after]);
    }

    public static bool IsChinese(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
