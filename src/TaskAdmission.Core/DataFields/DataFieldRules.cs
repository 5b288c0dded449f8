using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using Codes = TaskAdmission.Core.DataFields.DataFieldProblemCodes;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// The rules of dictionary entries, for the form and every imported row alike: lengths, clean text, no separators in a
/// name, and no name or synonym that already names another entry (in the dictionary or earlier in the same file), so a
/// free name maps onto one field only.
/// </summary>
public static class DataFieldRules
{
    /// <param name="existing">The dictionary as stored; an entry with the same name is the one being replaced.</param>
    public static List<BurdenProblem> Validate(IReadOnlyList<DataFieldInput> inputs, IReadOnlyList<DataField> existing)
    {
        var problems = new List<BurdenProblem>();
        // Whose key is whose: the stored entries not replaced by this batch, then the batch's rows in order.
        var replaced = inputs.Select(i => FieldNames.Key(i.Name)).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in existing.Where(f => !replaced.Contains(FieldNames.Key(f.Name))))
        {
            foreach (var name in field.Synonyms.Prepend(field.Name))
            {
                owners.TryAdd(FieldNames.Key(name), field.Name);
            }
        }
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var before = problems.Count;
            Name(problems, Fields.Name, input.Name, DataField.NameMax, input.Row, required: true);
            Name(problems, Fields.Group, input.Group, DataField.GroupMax, input.Row, required: true);
            Name(problems, Fields.NameEn, input.NameEn, DataField.NameEnMax, input.Row, required: false);
            if (input.Synonyms.Count > DataField.MaxSynonyms)
            {
                problems.Add(BurdenProblem.At(Fields.Synonyms, Codes.TooManySynonyms, input.Row, DataField.MaxSynonyms));
            }
            foreach (var synonym in input.Synonyms.Take(DataField.MaxSynonyms))
            {
                Name(problems, Fields.Synonyms, synonym, DataField.NameMax, input.Row, required: true);
            }
            if (problems.Count > before)
            {
                continue;
            }
            var name = FieldNames.Clean(input.Name);
            if (!rows.Add(FieldNames.Key(name)))
            {
                problems.Add(BurdenProblem.At(Fields.Name, Codes.DuplicateRow, input.Row, name));
                continue;
            }
            foreach (var alias in input.Synonyms.Select(FieldNames.Clean).Prepend(name))
            {
                if (owners.TryGetValue(FieldNames.Key(alias), out var owner) && owner != name)
                {
                    problems.Add(BurdenProblem.At(alias == name ? Fields.Name : Fields.Synonyms, Codes.NameTaken, input.Row, alias, owner));
                }
                else
                {
                    owners[FieldNames.Key(alias)] = name;
                }
            }
        }
        return problems;
    }

    private static void Name(List<BurdenProblem> problems, string field, string? value, int max, int? row, bool required)
    {
        var text = FieldNames.Clean(value);
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(BurdenProblem.At(field, Codes.Required, row));
            }
        }
        else if (text.Length > max)
        {
            problems.Add(BurdenProblem.At(field, Codes.TooLong, row, max));
        }
        else if (!PlainText.IsClean(text) || text.IndexOfAny(FieldNames.Separators) >= 0)
        {
            problems.Add(BurdenProblem.At(field, Codes.BadCharacters, row, text));
        }
    }

    /// <summary>The form's field names, which are also the file's column names.</summary>
    public static class Fields
    {
        public const string Name = "name";
        public const string Group = "group";
        public const string Synonyms = "synonyms";
        public const string NameEn = "name_en";

        public static readonly IReadOnlyList<string> All = [Name, Group, Synonyms, NameEn];
    }
}
