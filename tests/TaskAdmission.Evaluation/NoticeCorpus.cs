using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TaskAdmission.Evaluation;

/// <summary>Reads the corpus files embedded in this assembly (Corpus/dev-*.yaml and Corpus/heldout-*.yaml).</summary>
public static class NoticeCorpus
{
    public const string Dev = "dev";
    public const string HeldOut = "heldout";

    public static IReadOnlyList<Notice> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var assembly = typeof(NoticeCorpus).Assembly;
        var notices = new List<Notice>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Corpus.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var set = name["Corpus.".Length..].StartsWith(HeldOut, StringComparison.Ordinal) ? HeldOut : Dev;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            foreach (var notice in deserializer.Deserialize<List<Notice>>(reader) ?? [])
            {
                notice.Set = set;
                notices.Add(notice);
            }
        }
        return notices;
    }
}
