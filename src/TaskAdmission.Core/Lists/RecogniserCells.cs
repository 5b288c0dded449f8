using TaskAdmission.Core.Admission.Recognition.Patterns;

namespace TaskAdmission.Core.Lists;

/// <summary>The recognisers cell as text: its phrases, a canonical form for diffs, and the union a refinement gets.</summary>
public static class RecogniserCells
{
    public static IReadOnlyList<string> Phrases(string? cell) => PatternParser.SplitCell(cell);

    /// <summary>Phrases trimmed and joined with "; ", so spacing and separator style are not reported as changes.</summary>
    public static string Canonical(string? cell) => string.Join("; ", Phrases(cell));

    /// <summary>The city's phrases followed by the district's new ones: a district adds recognisers, never removes the city's.</summary>
    public static string? Union(string? city, string? district)
    {
        var phrases = Phrases(city).ToList();
        phrases.AddRange(Phrases(district).Where(p => !phrases.Contains(p, StringComparer.Ordinal)));
        return phrases.Count == 0 ? null : string.Join("; ", phrases);
    }
}
