using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Lists.Diff;

/// <summary>
/// Writes a diff as CSV with columns change,code,field,old,new (UTF-8 with BOM). Added and removed items take
/// one row each with the Chinese title in new/old; a changed item takes one row per changed field.
/// </summary>
public static class ListDiffCsvExporter
{
    public static readonly IReadOnlyList<string> Header = ["change", "code", "field", "old", "new"];

    public static async Task ExportAsync(ListDiffResult diff, Stream stream, CancellationToken cancellationToken = default)
    {
        await CsvRecordWriter.WriteAsync(Rows(diff), stream, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<byte[]> ExportAsync(ListDiffResult diff, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await ExportAsync(diff, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static IEnumerable<string[]> Rows(ListDiffResult diff)
    {
        yield return Header.ToArray();
        foreach (var change in diff.Changes)
        {
            var kind = change.Change.ToString();
            switch (change.Change)
            {
                case ListChangeKind.Added:
                    yield return [kind, change.Code, "", "", change.New!.TitleZh];
                    break;
                case ListChangeKind.Removed:
                    yield return [kind, change.Code, "", change.Old!.TitleZh, ""];
                    break;
                default:
                    foreach (var field in change.Fields)
                    {
                        yield return [kind, change.Code, field.Field.ToString(), field.Old, field.New];
                    }

                    break;
            }
        }
    }
}
