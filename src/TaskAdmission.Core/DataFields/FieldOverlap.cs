namespace TaskAdmission.Core.DataFields;

/// <summary>Which declared fields two collections share (names compared by <see cref="FieldNames.Key"/>, in the first one's order).</summary>
public static class FieldOverlap
{
    public static IReadOnlyList<string> Shared(IEnumerable<string> mine, IEnumerable<string> theirs)
    {
        var keys = theirs.Select(FieldNames.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. mine.Where(n => keys.Contains(FieldNames.Key(n)) && seen.Add(FieldNames.Key(n)))];
    }
}
