using System.Globalization;
using System.Text;

namespace TaskAdmission.Core.Admission.Matching;

/// <summary>
/// Splits text into Chinese character bigrams (plus single characters for one-character runs) and lower-case Latin
/// or digit words. Used for title similarity (a certificate named by its title, similar running tasks, one signal of the
/// suggestions), where it is robust to a segmenter cutting a word differently; the text itself is read by
/// <see cref="Recognition.TextAnalyser"/>.
/// </summary>
public static class TextGrams
{
    public static HashSet<string> Of(string? text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return grams;
        }
        var run = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                Flush(word, grams, isCjk: false);
                run.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                Flush(run, grams, isCjk: true);
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(run, grams, isCjk: true);
                Flush(word, grams, isCjk: false);
            }
        }
        Flush(run, grams, isCjk: true);
        Flush(word, grams, isCjk: false);
        return grams;
    }

    private static void Flush(StringBuilder buffer, HashSet<string> grams, bool isCjk)
    {
        if (buffer.Length == 0)
        {
            return;
        }
        if (!isCjk)
        {
            if (buffer.Length > 1)
            {
                grams.Add(buffer.ToString());
            }
        }
        else if (buffer.Length == 1)
        {
            grams.Add(buffer.ToString());
        }
        else
        {
            for (var i = 0; i < buffer.Length - 1; i++)
            {
                grams.Add(buffer.ToString(i, 2));
            }
        }
        buffer.Clear();
    }

    private static bool IsCjk(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3400' && c <= '\u9FFF';
}
