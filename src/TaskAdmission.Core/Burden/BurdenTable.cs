using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// One view of the dashboard as a table (the data beside a chart), and its export: CSV (UTF-8 with BOM, guarded
/// against formulas) or XLSX (MiniExcel; every value a string cell, header frozen), with the same header and cells.
/// </summary>
public sealed record BurdenTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public async Task WriteCsvAsync(Stream stream, CancellationToken ct = default) =>
        await CsvRecordWriter.WriteAsync([Header.ToArray(), .. Rows.Select(r => r.ToArray())], stream, ct).ConfigureAwait(false);

    /// <summary>Strings keep codes such as "990100100100" text in Excel.</summary>
    public byte[] ToXlsx() => StringSheet.ToXlsx([Header.ToArray(), .. Rows.Select(r => r.ToArray())], SheetName);

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name.</summary>
    private string SheetName => new string(Name.Where(c => "[]:*?/\\".IndexOf(c) < 0).Take(31).ToArray()) is { Length: > 0 } n ? n : "data";
}
