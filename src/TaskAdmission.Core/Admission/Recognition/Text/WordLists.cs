namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// jieba's stop words and the synonym sets of its cn_synonym.txt (同义词词林扩展版: lines "Hi02A01= 访问 拜访 走访 …";
/// only "=" lines are synonyms). Read once; small sets only, because the large ones mix senses.
/// </summary>
public static class WordLists
{
    private const int MaxSynonymSet = 8;
    private static readonly Lazy<HashSet<string>> Stop = new(LoadStopWords);
    private static readonly Lazy<Dictionary<string, string[]>> Synonyms = new(LoadSynonyms);

    // Words every notice and item title uses: they say nothing about which item a task is.
    private static readonly string[] DomainStopWords = RecognitionCues.Instance.List("word_lists.domain_stop_words");

    public static bool IsStopWord(string word) => Stop.Value.Contains(word);

    /// <summary>The word's synonyms in small synonym sets (the word itself included), or just the word.</summary>
    public static IReadOnlyList<string> SynonymsOf(string word) =>
        Synonyms.Value.TryGetValue(word, out var set) ? set : [word];

    private static HashSet<string> LoadStopWords()
    {
        var words = new HashSet<string>(DomainStopWords, StringComparer.Ordinal);
        var file = Path.Combine(ChineseSegmenter.ResourceDirectory, "stopwords.txt");
        if (File.Exists(file))
        {
            words.UnionWith(File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0));
        }
        return words;
    }

    private static Dictionary<string, string[]> LoadSynonyms()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var file = Path.Combine(ChineseSegmenter.ResourceDirectory, "cn_synonym.txt");
        if (!File.Exists(file))
        {
            return map;
        }
        foreach (var line in File.ReadLines(file))
        {
            var eq = line.IndexOf('=');
            if (eq is < 0 or > 8)
            {
                continue;
            }
            var set = line[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).Distinct().ToArray();
            if (set.Length is < 2 or > MaxSynonymSet)
            {
                continue;
            }
            foreach (var word in set)
            {
                map[word] = map.TryGetValue(word, out var before) ? [.. before.Union(set)] : set;
            }
        }
        return map;
    }
}
