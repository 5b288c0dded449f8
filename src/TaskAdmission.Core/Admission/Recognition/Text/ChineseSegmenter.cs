using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// jieba.NET word segmentation, loaded once per process (its dictionary takes about a second and 40 MB). jieba keeps
/// one global dictionary that user words are added to, and that dictionary is a plain Dictionary: a reader-writer lock
/// lets many checks segment at once while a new lexicon's words are added. The package's data files are copied to
/// <c>jieba/</c> beside the assembly by the Core project.
/// </summary>
public static class ChineseSegmenter
{
    private static readonly ReaderWriterLockSlim Gate = new();
    private static readonly HashSet<string> Added = new(StringComparer.Ordinal);
    private static readonly Lazy<JiebaSegmenter> Jieba = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static PosSegmenter? tagger;

    /// <summary>Prepositions and markers that introduce an actor (由, 请, 对, 向 …).</summary>
    internal const string GluedFunctionChars = "由请对向为与在将把被让给跟同和及各按经";

    /// <summary>Modal verbs and markers jieba's HMM glues to the character before them (所在 村要, 各 村应).</summary>
    private const string TrailingFunctionChars = "要应须将对在把向由为已均也都需可";

    /// <summary>Where jieba's data files are; set before the first use to move them (default: <c>jieba/</c> beside the app).</summary>
    public static string ResourceDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "jieba");

    /// <summary>The words of <paramref name="text"/> with their offsets; whitespace is left out.</summary>
    public static IReadOnlyList<Word> Cut(string text)
    {
        var jieba = Jieba.Value;
        List<string> pieces;
        Gate.EnterReadLock();
        try
        {
            pieces = jieba.Cut(text).ToList();
        }
        finally
        {
            Gate.ExitReadLock();
        }
        // jieba drops whitespace blocks, so offsets are found again rather than summed.
        var words = new List<Word>(pieces.Count);
        var at = 0;
        foreach (var piece in pieces)
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            if (found < 0 || string.IsNullOrWhiteSpace(piece))
            {
                continue;
            }
            at = found + piece.Length;
            // Its HMM glues a function character to the next unknown character (由镇 综合 执法队, 由县 投资 促进 中心):
            // a two-character word jieba does not know, starting with such a character (or ending with a modal: 村要), is two words.
            if (piece.Length == 2 && (GluedFunctionChars.Contains(piece[0]) || TrailingFunctionChars.Contains(piece[1])) && !IsKnown(piece))
            {
                words.Add(new Word(piece[..1], found, found + 1));
                words.Add(new Word(piece[1..], found + 1, found + 2));
                continue;
            }
            words.Add(new Word(piece, found, found + piece.Length));
        }
        return words;
    }

    /// <summary>
    /// jieba's part-of-speech tags (n noun, v verb, p preposition …) of <paramref name="text"/>'s words, with their offsets,
    /// for the clause's structural reading (<c>ClauseStructure</c>). Its words may be cut differently from <see cref="Cut"/>'s:
    /// callers look a tag up by position.
    /// </summary>
    public static IReadOnlyList<(Word Word, string Tag)> Tag(string text)
    {
        _ = Jieba.Value;
        List<(string Word, string Flag)> pieces;
        Gate.EnterReadLock();
        try
        {
            pieces = [.. tagger!.Cut(text).Select(p => (p.Word, p.Flag))];
        }
        finally
        {
            Gate.ExitReadLock();
        }
        var words = new List<(Word, string)>(pieces.Count);
        var at = 0;
        foreach (var (piece, flag) in pieces)
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            if (found < 0 || string.IsNullOrWhiteSpace(piece))
            {
                continue;
            }
            at = found + piece.Length;
            words.Add((new Word(piece, found, found + piece.Length), flag));
        }
        return words;
    }

    /// <summary>Adds words to the user dictionary (list titles, lexicon phrases, actor words); words already added are skipped.</summary>
    public static void AddWords(IEnumerable<string> words)
    {
        var jieba = Jieba.Value;
        List<string> fresh;
        lock (Added)
        {
            fresh = words.Where(w => w.Length is >= 2 and <= 12 && w.All(TextNormaliser.IsChinese) && Added.Add(w)).ToList();
        }
        if (fresh.Count == 0)
        {
            return;
        }
        Gate.EnterWriteLock();
        try
        {
            foreach (var word in fresh)
            {
                jieba.AddWord(word);
            }
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }

    private static bool IsKnown(string word)
    {
        Gate.EnterReadLock();
        try
        {
            return WordDictionary.Instance.ContainsWord(word);
        }
        finally
        {
            Gate.ExitReadLock();
        }
    }

    private static JiebaSegmenter Create()
    {
        if (!File.Exists(Path.Combine(ResourceDirectory, "dict.txt")))
        {
            throw new InvalidOperationException($"jieba's dictionary is missing from {ResourceDirectory}; the Core project copies it to jieba/ beside the app.");
        }
        ConfigManager.ConfigFileBaseDir = ResourceDirectory;
        var jieba = new JiebaSegmenter();
        jieba.Cut("村委会"); // loads the dictionary and the HMM tables now, not inside the first check
        tagger = new PosSegmenter(jieba);
        _ = tagger.Cut("村委会出具证明").ToList(); // and the part-of-speech tables
        return jieba;
    }
}
