using System.Text;
using TaskAdmission.Core.Lists.Import;

namespace TaskAdmission.Core.Tests.Lists;

public sealed class LargeListImportTests
{
    [Fact]
    public async Task ImportAsync_ReadsTwentyThousandRowsWithProgress_WhenFileIsFiveMegabytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lists-{Guid.NewGuid():N}.csv");
        try
        {
            WriteLargeFile(path, rows: 20_000);
            Assert.InRange(new FileInfo(path).Length, 4_500_000, 6_500_000);
            var reports = new List<int>();
            var progress = new SynchronousProgress(reports);

            await using var file = File.OpenRead(path);
            var result = await ListCsvImporter.ImportAsync(file, progress: progress);

            Assert.True(result.Succeeded, string.Join("\n", result.Problems.Take(5)));
            Assert.Equal(20_000, result.Items.Count);
            Assert.Equal(20_000, reports[^1]);
            Assert.True(reports.Count >= 20, "progress should be reported while reading");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteLargeFile(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine(CsvText.Header + ",parent_code,notes");
        var filler = new string('村', 12);
        for (var i = 1; i <= rows; i++)
        {
            writer.WriteLine(
                $"Assist,GEN-{i:D6},\"协助开展第{i}项工作,{filler}\",Assist item number {i} with a longer English title,平安建设," +
                $"市民政局,村民委员会组织法 第{i % 40}条 {filler},Report;Ledger;FieldWork,,备注{i}");
        }
    }

    // Progress<T> posts to the thread pool, so its last report could arrive after the assert; this one does not.
    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
