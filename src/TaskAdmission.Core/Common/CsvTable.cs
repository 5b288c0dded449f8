using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TaskAdmission.Core.Common;

/// <summary>Reads a small UTF-8 CSV (BOM optional) into header-addressed rows with their file line numbers.</summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads every row; <paramref name="maxRows"/> bounds memory for untrusted uploads.</summary>
    public static CsvTable Read(TextReader reader, int maxRows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            return new CsvTable([], []);
        }
        csv.ReadHeader();
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            if (rows.Count >= maxRows)
            {
                throw new InvalidDataException($"more than {maxRows} rows");
            }
            var fields = csv.Parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            rows.Add(new CsvRow(csv.Parser.RawRow, header, fields));
        }
        return new CsvTable(header, rows);
    }

    /// <summary>Reads an upload and checks its header: the table, or the problems (unreadable file, missing columns).</summary>
    public static (CsvTable? Table, List<ImportProblem> Problems) ReadWithColumns(TextReader reader, int maxRows, params string[] columns)
    {
        CsvTable table;
        try
        {
            table = Read(reader, maxRows);
        }
        catch (Exception ex) when (ex is InvalidDataException or CsvHelperException)
        {
            return (null, [new ImportProblem(0, "", ImportCodes.UnreadableFile, ex.Message)]);
        }
        var problems = table.MissingColumns(columns).Select(c => new ImportProblem(1, c, ImportCodes.MissingColumn, c)).ToList();
        return (problems.Count > 0 ? null : table, problems);
    }

    /// <summary>The required columns that the header lacks.</summary>
    public IEnumerable<string> MissingColumns(params string[] required) =>
        required.Where(c => !Header.Contains(c));
}
