namespace TaskAdmission.Core.Common;

/// <summary>
/// Text people type into a form or an API field. Control characters have no business there (a line break only in a
/// field that has lines), nor have the Unicode direction controls, which reorder what a reader sees ("gpj.exe" shown
/// as "exe.jpg") — a title or a name holding either is refused rather than stored.
/// </summary>
public static class PlainText
{
    public static bool IsClean(string? value, bool multiLine = false)
    {
        foreach (var c in value ?? "")
        {
            if ((char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t')) || IsDirectionControl(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).</summary>
    private static bool IsDirectionControl(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
