using System.Globalization;
using CsvHelper;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Notices known to be clean, shipped with the app (clean-notices.csv: the clean notices of the evaluation corpus parts
/// the lexicon was corrected against; a test keeps the file in step with the corpus). A draft whose recognisers would
/// block or flag one of them is warned about in its "try it" view before it is published.
/// </summary>
public static class CleanNotices
{
    private static readonly Lazy<IReadOnlyList<CleanNotice>> Shipped = new(Load);

    public static IReadOnlyList<CleanNotice> All => Shipped.Value;

    private static IReadOnlyList<CleanNotice> Load()
    {
        using var stream = typeof(CleanNotices).Assembly.GetManifestResourceStream("TaskAdmission.Core.Admission.Recognition.clean-notices.csv")
            ?? throw new InvalidOperationException("clean-notices.csv is not embedded");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.ToLowerInvariant(),
        });
        return [.. csv.GetRecords<CleanNotice>()];
    }
}
