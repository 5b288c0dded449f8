using System.Globalization;
using System.Text;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// How a field name is written down and compared. Written: NFKC (full-width letters and digits become half-width),
/// trimmed, inner white space collapsed to one space. Compared: that, without any white space, brackets, dots or dashes,
/// and upper-cased, so "身份证 号", "身份证号" and "（身份证号）" are one name.
/// </summary>
public static class FieldNames
{
    /// <summary>Characters that separate names in free text: commas, semicolons, 、 and line breaks.</summary>
    public static readonly char[] Separators = [',', ';', '，', '；', '、', '\n', '\r'];

    public static string Clean(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormKC).Trim();
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static string Key(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in Clean(name))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation || c is '.' or '·' or '。')
            {
                continue;
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>Names from free text ("姓名、身份证号;联系电话"), cleaned, blanks dropped.</summary>
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(n => n.Length > 0)];
}
