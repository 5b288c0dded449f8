using System.Text.Json;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// Submission bodies from the admission evaluation corpus: each notice's title and text as a department system would
/// send them, claiming 协助清单 XZ-04 (so clean notices go to their townships' review), targeting one or more synthetic
/// townships, with a certificate demand where the notice asks for one. Prohibited notices are refused by the pre-check,
/// as they would be on a real Monday.
/// </summary>
public sealed class MondayBodies(IReadOnlyList<Notice> notices, MondayCity city, DateOnly today, int maxTownships)
{
    public int Count => notices.Count;

    /// <summary>
    /// A Monday's mix from the corpus: every clean notice and one prohibited notice for every three clean ones (most of
    /// what departments send is admissible), shuffled with a fixed seed so runs compare.
    /// </summary>
    public static IReadOnlyList<Notice> Mix(IReadOnlyList<Notice> corpus, int seed)
    {
        var clean = corpus.Where(n => n.IsClean).ToList();
        var mix = clean.Concat(corpus.Where(n => !n.IsClean).Take(clean.Count / 3)).ToArray();
        new Random(seed).Shuffle(mix);
        return mix;
    }

    public (string Json, string Department, string Key, IReadOnlyList<string> Townships) Build(long index, Random random)
    {
        var notice = notices[(int)(index % notices.Count)];
        var (department, key) = city.Keys[(int)(index % city.Keys.Count)];
        var townships = city.Townships.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(maxTownships, city.Townships.Count))).ToList();
        object demand = notice.Certificate is { } certificate
            ? new { kind = "Certificate", count = 1, period = "Once", certificate }
            : new { kind = "FieldWork", count = 1, period = "Year" };
        var json = JsonSerializer.Serialize(new
        {
            departmentCode = department,
            title = notice.Title.Length > 100 ? notice.Title[..100] : notice.Title,
            description = notice.Text,
            claimedItemCodes = new[] { "XZ-04" },
            targetOrgUnitCodes = townships,
            startDate = today.AddDays(70).ToString("yyyy-MM-dd"),
            endDate = today.AddDays(400).ToString("yyyy-MM-dd"),
            demands = new[] { demand },
            support = new { fundingYuanPerVillage = 2000 },
            contactName = "王芳",
            contactPhone = "023-12345678",
        });
        return (json, department, key, townships);
    }
}
