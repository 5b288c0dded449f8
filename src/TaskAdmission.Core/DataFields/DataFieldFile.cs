using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using Codes = TaskAdmission.Core.DataFields.DataFieldProblemCodes;
using Fields = TaskAdmission.Core.DataFields.DataFieldRules.Fields;

namespace TaskAdmission.Core.DataFields;

/// <summary>
/// Reads field dictionary entries from CSV (UTF-8) or the first sheet of an XLSX workbook, columns
/// <c>name, group, synonyms, name_en</c> (synonyms separated by 、 ; or a line break; name_en optional), and writes the
/// dictionary back in the same shape, so an export imports again unchanged.
/// </summary>
public static class DataFieldFile
{
    public const int MaxRows = 2_000;

    private static readonly string[] Required = [Fields.Name, Fields.Group];

    public static async Task<(List<DataFieldInput> Rows, List<BurdenProblem> Problems)> ReadAsync(Stream stream, bool xlsx, CancellationToken ct = default)
    {
        var (sheet, failure) = await SheetFile.ReadAsync(stream, xlsx, MaxRows, ct).ConfigureAwait(false);
        var unreadable = BurdenProblem.OfSheet(sheet, failure, MaxRows, Required);
        if (sheet is null || unreadable.Count > 0)
        {
            return ([], unreadable);
        }
        var rows = sheet.Rows.Select(r => new DataFieldInput(
            sheet.Cell(r.Cells, Fields.Name), NullIfEmpty(sheet.Cell(r.Cells, Fields.NameEn)), sheet.Cell(r.Cells, Fields.Group),
            FieldNames.Split(sheet.Cell(r.Cells, Fields.Synonyms)), r.Row)).ToList();
        return (rows, []);
    }

    /// <summary>The dictionary as rows of text, header first (synonyms joined with 、).</summary>
    public static IEnumerable<string[]> Rows(IEnumerable<DataField> fields) =>
        fields.Select(f => new[] { f.Name, f.Group, string.Join("、", f.Synonyms), f.NameEn ?? "" })
            .Prepend([Fields.Name, Fields.Group, Fields.Synonyms, Fields.NameEn]);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
