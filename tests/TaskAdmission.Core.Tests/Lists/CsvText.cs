using System.Text;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Tests.Lists;

/// <summary>Builds small CSV inputs for import tests.</summary>
internal static class CsvText
{
    public const string Header = "list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands";

    public static MemoryStream Stream(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    public static Task<ListImportResult> ImportAsync(string text, ListImportOptions? options = null) =>
        ListCsvImporter.ImportAsync(Stream(text), options);

    public static Task<ListImportResult> ImportRowsAsync(params string[] rows) =>
        ImportAsync(Header + "\n" + string.Join("\n", rows) + "\n");
}
