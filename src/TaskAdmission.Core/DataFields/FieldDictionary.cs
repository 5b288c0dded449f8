namespace TaskAdmission.Core.DataFields;

/// <summary>
/// The dictionary as a lookup: a name or a synonym (compared by <see cref="FieldNames.Key"/>) gives the canonical name;
/// a name the dictionary does not know stays as written (free fields are allowed), cleaned.
/// </summary>
public sealed class FieldDictionary
{
    private readonly Dictionary<string, DataField> byKey = new(StringComparer.Ordinal);

    public FieldDictionary(IEnumerable<DataField> fields)
    {
        Fields = [.. fields.OrderBy(f => f.Group, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
        // Names first, so a synonym never shadows another entry's own name.
        foreach (var field in Fields)
        {
            byKey.TryAdd(FieldNames.Key(field.Name), field);
        }
        foreach (var field in Fields)
        {
            foreach (var synonym in field.Synonyms)
            {
                byKey.TryAdd(FieldNames.Key(synonym), field);
            }
        }
    }

    public static FieldDictionary Empty { get; } = new([]);

    public IReadOnlyList<DataField> Fields { get; }

    public DataField? Find(string name) => byKey.GetValueOrDefault(FieldNames.Key(name));

    /// <summary>The canonical name, or the cleaned name when the dictionary does not know it.</summary>
    public string Canonical(string name) => Find(name)?.Name ?? FieldNames.Clean(name);

    /// <summary>Names as stored: canonical, without blanks or repeats (by key), in the order given.</summary>
    public List<string> Normalise(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names.Select(Canonical).Where(n => n.Length > 0))
        {
            if (seen.Add(FieldNames.Key(name)))
            {
                result.Add(name);
            }
        }
        return result;
    }

    /// <summary>Entries whose name or a synonym contains the query (compared by key), names that start with it first.</summary>
    public IReadOnlyList<DataField> Search(string query, int max)
    {
        var key = FieldNames.Key(query);
        if (key.Length == 0)
        {
            return [.. Fields.Take(max)];
        }
        return [.. Fields
            .Select(f => (Field: f, Rank: FieldNames.Key(f.Name).StartsWith(key, StringComparison.Ordinal) ? 0
                : FieldNames.Key(f.Name).Contains(key, StringComparison.Ordinal) ? 1
                : f.Synonyms.Any(s => FieldNames.Key(s).Contains(key, StringComparison.Ordinal)) ? 2 : 3))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank)
            .Select(x => x.Field)
            .Take(max)];
    }
}
