using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// The register's file format, the same in CSV and XLSX: kind, name, credit_code, registration_authority, contact_name,
/// contact_phone, service_areas (org unit codes separated by spaces or semicolons), status, blacklisted,
/// blacklist_reason. Kinds and statuses are read by name or in Chinese (社会组织/企业, 正常/停用); village committees
/// come from the org tree and are neither exported nor imported.
/// </summary>
public static class ProviderFile
{
    public const int MaxRows = 5_000;
    public const string SheetName = "承接主体";

    public static readonly string[] Columns =
        ["kind", "name", "credit_code", "registration_authority", "contact_name", "contact_phone", "service_areas", "status", "blacklisted", "blacklist_reason"];

    private static readonly Dictionary<string, ProviderKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SocialOrganisation"] = ProviderKind.SocialOrganisation, ["社会组织"] = ProviderKind.SocialOrganisation,
        ["Company"] = ProviderKind.Company, ["企业"] = ProviderKind.Company,
    };

    private static readonly Dictionary<string, ProviderStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = ProviderStatus.Active, ["Active"] = ProviderStatus.Active, ["正常"] = ProviderStatus.Active,
        ["Inactive"] = ProviderStatus.Inactive, ["停用"] = ProviderStatus.Inactive,
    };

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = false, ["false"] = false, ["否"] = false, ["0"] = false, ["true"] = true, ["是"] = true, ["1"] = true,
    };

    /// <summary>One row of a file as the register reads it: its row number, the entry, and the row's own problems.</summary>
    public sealed record Row(int Number, ProviderInput Input, List<PurchaseProblem> Problems);

    /// <summary>Reads a row of cells addressed by column name; kinds, statuses and flags outside their words are problems.</summary>
    public static Row Read(int number, Func<string, string> cell)
    {
        var problems = new List<PurchaseProblem>();
        ProviderKind? kind = Kinds.TryGetValue(cell("kind"), out var k) ? k : null;
        if (kind is null)
        {
            problems.Add(new PurchaseProblem("kind", PurchaseProblemCode.BadValue) { Row = number });
        }
        ProviderStatus? status = Statuses.TryGetValue(cell("status"), out var s) ? s : null;
        if (!Flags.TryGetValue(cell("blacklisted"), out var blacklisted))
        {
            problems.Add(new PurchaseProblem("blacklisted", PurchaseProblemCode.BadValue) { Row = number });
        }
        var areas = cell("service_areas").Split([' ', ';', ',', '；', '，', '、'], StringSplitOptions.RemoveEmptyEntries);
        var input = new ProviderInput(kind ?? ProviderKind.SocialOrganisation, cell("name"), CreditCode.Normalise(cell("credit_code")),
            cell("registration_authority"), cell("contact_name"), cell("contact_phone"), areas, status,
            blacklisted, cell("blacklist_reason") is { Length: > 0 } reason ? reason : null);
        return new Row(number, input, problems);
    }

    /// <summary>The CSV's rows (the header checked first): line numbers are the file's.</summary>
    public static (List<Row> Rows, List<PurchaseProblem> Problems) ReadCsv(TextReader reader)
    {
        var (table, problems) = CsvTable.ReadWithColumns(reader, MaxRows, Columns);
        var mapped = problems.Select(p => p.Code == ImportCodes.MissingColumn
            ? new PurchaseProblem(p.Column, PurchaseProblemCode.MissingColumn, p.Column) : new PurchaseProblem("file", PurchaseProblemCode.UnreadableFile)).ToList();
        return table is null ? ([], mapped) : (table.Rows.Select(r => Read(r.Line, c => r[c])).ToList(), []);
    }

    /// <summary>The first sheet's rows (Excel's row numbers), header in row 1.</summary>
    public static (List<Row> Rows, List<PurchaseProblem> Problems) ReadXlsx(Stream seekable)
    {
        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = StringSheet.Read(seekable);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or non-xlsx file fails in many ways; to the user they all mean "unreadable".
            return ([], [new PurchaseProblem("file", PurchaseProblemCode.UnreadableFile)]);
        }
        var header = sheet.Count > 0 ? StringSheet.Cells(sheet[0], sheet[0].Count).Select(h => h.Trim().ToLowerInvariant()).ToList() : [];
        var missing = Columns.Where(c => !header.Contains(c)).Select(c => new PurchaseProblem(c, PurchaseProblemCode.MissingColumn, c)).ToList();
        if (missing.Count > 0)
        {
            return ([], missing);
        }
        if (sheet.Count - 1 > MaxRows)
        {
            return ([], [new PurchaseProblem("file", PurchaseProblemCode.TooMany, MaxRows)]);
        }
        var rows = new List<Row>();
        for (var r = 1; r < sheet.Count; r++)
        {
            var cells = StringSheet.Cells(sheet[r], header.Count);
            if (cells.All(c => c.Trim().Length == 0))
            {
                continue; // blank rows are common below a table in Excel
            }
            rows.Add(Read(r + 1, c => cells[header.IndexOf(c)].Trim()));
        }
        return (rows, []);
    }

    /// <summary>The header and one row per provider (village committees left out), for CSV and XLSX alike.</summary>
    public static List<string[]> Export(IEnumerable<Provider> providers)
    {
        var rows = new List<string[]> { Columns };
        rows.AddRange(providers.Where(p => p.Kind != ProviderKind.VillageCommittee).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new[]
        {
            p.Kind.ToString(), p.Name, p.CreditCode ?? "", p.RegistrationAuthority, p.ContactName, p.ContactPhone,
            string.Join(' ', p.ServiceAreaCodes), p.Status.ToString(), p.Blacklisted ? "true" : "false", p.BlacklistReason ?? "",
        }));
        return rows;
    }
}
