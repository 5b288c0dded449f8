using System.Buffers;
using System.Reflection;
using System.Text.RegularExpressions;
using JiebaNet.Segmenter;
using Hmm = JiebaNet.Segmenter.FinalSeg.Viterbi;
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
    private static readonly Lazy<DagCutter?> Dag = new(DagCutter.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Prepositions and markers that introduce an actor (由, 请, 对, 向 …).</summary>
    internal const string GluedFunctionChars = "由请对向为与在将把被让给跟同和及各按经";

    /// <summary>Modal verbs and markers jieba's HMM glues to the character before them (所在 村要, 各 村应).</summary>
    private const string TrailingFunctionChars = "要应须将对在把向由为已均也都需可";

    /// <summary>Where jieba's data files are; set before the first use to move them (default: <c>jieba/</c> beside the app).</summary>
    public static string ResourceDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "jieba");

    /// <summary>The words of <paramref name="text"/> with their offsets; whitespace is left out.</summary>
    /// <remarks>
    /// The same words as jieba's own <c>Cut</c> (<see cref="CutWithJieba"/>; a test compares the two over the whole
    /// notice corpus), cut here over jieba's own dictionary without its per-call garbage: jieba builds the graph of
    /// possible words with a substring and a dictionary entry for every prefix tried at every position (≈ half of a
    /// pre-check's bytes went there). This walks the same prefixes as spans of the text and keeps the best route in two
    /// arrays; only runs of unknown characters still go to jieba's HMM, as they did.
    /// </remarks>
    public static IReadOnlyList<Word> Cut(string text)
    {
        _ = Jieba.Value;
        if (Dag.Value is not { } dag)
        {
            return CutWithJieba(text);
        }
        var words = new List<Word>(Math.Max(4, text.Length / 2));
        Gate.EnterReadLock();
        try
        {
            dag.Cut(text, words);
        }
        finally
        {
            Gate.ExitReadLock();
        }
        return words;
    }

    /// <summary>Whether <see cref="Cut"/> cuts over jieba's dictionary itself (false: the package's internals changed, jieba's cut is used).</summary>
    internal static bool CutsOverDictionary => Dag.Value is not null;

    /// <summary>Whether <see cref="Tag"/> does too (false: jieba's tagger is used).</summary>
    internal static bool TagsOverDictionary => Dag.Value is { CanTag: true };

    /// <summary>jieba's own cut, with the offsets found again and the glued function characters split (as <see cref="Cut"/>).</summary>
    internal static IReadOnlyList<Word> CutWithJieba(string text)
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
    /// <remarks>The same words and tags as jieba's own tagger (<see cref="TagWithJieba"/>; compared over the corpus by a
    /// test), its dictionary part cut as <see cref="Cut"/> cuts; runs of unknown characters still go to jieba's tagging HMM.</remarks>
    public static IReadOnlyList<(Word Word, string Tag)> Tag(string text)
    {
        _ = Jieba.Value;
        if (Dag.Value is not { CanTag: true } dag)
        {
            return TagWithJieba(text);
        }
        var tags = new List<(Word, string)>(Math.Max(4, text.Length / 2));
        Gate.EnterReadLock();
        try
        {
            dag.Tag(text, tags);
        }
        finally
        {
            Gate.ExitReadLock();
        }
        return tags;
    }

    /// <summary>jieba's own tagger, with the offsets found again (as <see cref="Tag"/>).</summary>
    internal static IReadOnlyList<(Word Word, string Tag)> TagWithJieba(string text)
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

    /// <summary>
    /// jieba's accurate mode with its HMM over jieba's own prefix dictionary, step for step: blocks of the characters
    /// its block pattern takes are cut by the most probable route through the dictionary's words (ties to the shorter
    /// word, as jieba's strict comparison does), runs of single characters that are no word go to jieba's HMM, and every
    /// other non-space character is a word of its own. Null when the package's internals are not as expected (then
    /// jieba's own cut is used).
    /// </summary>
    private sealed class DagCutter
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> trie;
        private readonly WordDictionary dictionary;
        private readonly bool[] blockChar;
        private static readonly string?[] Chars = new string?[char.MaxValue + 1];
        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> wordTags;
        private Func<string, IEnumerable<Pair>>? tagUnknown;

        private DagCutter(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> trie, WordDictionary dictionary, bool[] blockChar)
        {
            this.trie = trie;
            this.dictionary = dictionary;
            this.blockChar = blockChar;
        }

        /// <summary>Whether the tagger's internals are as expected too (its word-tag table, its HMM cut, the same block pattern).</summary>
        public bool CanTag => tagUnknown is not null;

        public static DagCutter? Create()
        {
            const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Public;
            _ = Jieba.Value; // jieba's data directory is set and its dictionary and tagger loaded first
            var dictionary = WordDictionary.Instance;
            if (typeof(WordDictionary).GetField("Trie", Internal | BindingFlags.Instance)?.GetValue(dictionary) is not Dictionary<string, int> prefixes
                || !prefixes.TryGetAlternateLookup<ReadOnlySpan<char>>(out var trie)
                || typeof(JiebaSegmenter).GetField("RegexChineseDefault", Internal | BindingFlags.Static)?.GetValue(null) is not Regex block)
            {
                return null;
            }
            // The block pattern is one character class repeated: which characters it takes, read off the pattern itself.
            var blockChar = new bool[char.MaxValue + 1];
            Span<char> one = stackalloc char[1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                one[0] = (char)c;
                blockChar[c] = block.IsMatch(one);
            }
            var cutter = new DagCutter(trie, dictionary, blockChar);
            // The tagger: jieba's word-tag table, its cut of unknown runs, and a block pattern that takes the same characters.
            if (typeof(PosSegmenter).GetField("_wordTagTab", Internal | BindingFlags.Static)?.GetValue(null) is Dictionary<string, string> tagTable
                && tagTable.TryGetAlternateLookup<ReadOnlySpan<char>>(out var wordTags)
                && typeof(PosSegmenter).GetField("RegexChineseInternal", Internal | BindingFlags.Static)?.GetValue(null) is Regex tagBlock
                && block.ToString() == tagBlock.ToString()
                && typeof(PosSegmenter).GetMethod("CutDetail", Internal | BindingFlags.Instance, [typeof(string)]) is { } detail
                && tagger is not null)
            {
                cutter.wordTags = wordTags;
                cutter.tagUnknown = detail.CreateDelegate<Func<string, IEnumerable<Pair>>>(tagger);
            }
            return cutter;
        }

        /// <summary>jieba's tagger (PosSegmenter.Cut with its HMM), step for step; whitespace left out.</summary>
        public void Tag(string text, List<(Word, string)> tags)
        {
            for (var i = 0; i < text.Length;)
            {
                if (!blockChar[text[i]])
                {
                    // Outside a block jieba tags every character x (its number and Latin tests cannot match there).
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        tags.Add((new Word(OneChar(text[i]), i, i + 1), "x"));
                    }
                    i++;
                    continue;
                }
                var end = i + 1;
                while (end < text.Length && blockChar[text[end]])
                {
                    end++;
                }
                var next = ArrayPool<int>.Shared.Rent(end - i + 1);
                try
                {
                    Route(text, i, end, next);
                    var buffer = -1;
                    for (var x = 0; x < end - i;)
                    {
                        var y = next[x] + 1;
                        if (y - x == 1)
                        {
                            buffer = buffer < 0 ? x : buffer;
                        }
                        else
                        {
                            if (buffer >= 0)
                            {
                                TagBuffered(text, i + buffer, i + x, tags);
                                buffer = -1;
                            }
                            tags.Add((new Word(text[(i + x)..(i + y)], i + x, i + y), TagOf(text.AsSpan(i + x, y - x))));
                        }
                        x = y;
                    }
                    if (buffer >= 0)
                    {
                        TagBuffered(text, i + buffer, end, tags);
                    }
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(next);
                }
                i = end;
            }
        }

        private string TagOf(ReadOnlySpan<char> word) => wordTags.TryGetValue(word, out var tag) ? tag : "x";

        /// <summary>The tagger's AddBufferToWordList: one character with its tag, a known word's characters as x, or jieba's tagging HMM.</summary>
        private void TagBuffered(string text, int start, int end, List<(Word, string)> tags)
        {
            if (end - start == 1)
            {
                tags.Add((new Word(OneChar(text[start]), start, end), TagOf(text.AsSpan(start, 1))));
                return;
            }
            if (Frequency(text.AsSpan(start, end - start)) > 0)
            {
                for (var i = start; i < end; i++)
                {
                    tags.Add((new Word(OneChar(text[i]), i, i + 1), "x"));
                }
                return;
            }
            var at = start;
            foreach (var pair in tagUnknown!(text[start..end]))
            {
                var found = text.IndexOf(pair.Word, at, StringComparison.Ordinal);
                if (found < 0 || string.IsNullOrWhiteSpace(pair.Word))
                {
                    continue;
                }
                at = found + pair.Word.Length;
                tags.Add((new Word(pair.Word, found, at), pair.Flag));
            }
        }

        public void Cut(string text, List<Word> words)
        {
            for (var i = 0; i < text.Length;)
            {
                if (!blockChar[text[i]])
                {
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        words.Add(new Word(OneChar(text[i]), i, i + 1));
                    }
                    i++;
                    continue;
                }
                var end = i + 1;
                while (end < text.Length && blockChar[text[end]])
                {
                    end++;
                }
                CutBlock(text, i, end, words);
                i = end;
            }
        }

        private int Frequency(ReadOnlySpan<char> word) => trie.TryGetValue(word, out var frequency) ? frequency : 0;

        /// <summary>
        /// jieba's Calc, right to left: the best log probability of the rest from each position, over the words the
        /// dictionary has starting there (jieba's DAG), or the character alone when it has none; <paramref name="next"/>
        /// gets the last character of the word chosen at each position.
        /// </summary>
        private void Route(string text, int start, int end, int[] next, double[]? scratch = null)
        {
            var n = end - start;
            var best = scratch ?? ArrayPool<double>.Shared.Rent(n + 1);
            try
            {
                var logTotal = Math.Log(dictionary.Total);
                best[n] = 0.0;
                for (var k = n - 1; k >= 0; k--)
                {
                    var candidate = double.MinValue;
                    var choice = -1;
                    var any = false;
                    for (var i = k; i < n && trie.TryGetValue(text.AsSpan(start + k, i - k + 1), out var frequency); i++)
                    {
                        if (frequency <= 0)
                        {
                            continue;
                        }
                        any = true;
                        var score = Math.Log(frequency) - logTotal + best[i + 1];
                        if (candidate < score)
                        {
                            (candidate, choice) = (score, i);
                        }
                    }
                    if (!any)
                    {
                        var score = Math.Log(1) - logTotal + best[k + 1];
                        if (candidate < score)
                        {
                            (candidate, choice) = (score, k);
                        }
                    }
                    best[k] = candidate;
                    next[k] = choice;
                }
            }
            finally
            {
                if (scratch is null)
                {
                    ArrayPool<double>.Shared.Return(best);
                }
            }
        }

        private void CutBlock(string text, int start, int end, List<Word> words)
        {
            var n = end - start;
            var best = ArrayPool<double>.Shared.Rent(n + 1);
            var next = ArrayPool<int>.Shared.Rent(n + 1);
            try
            {
                Route(text, start, end, next, best);
                // jieba's CutDag: words of two or more characters as they are; runs of single characters buffered.
                var buffer = -1;
                for (var x = 0; x < n;)
                {
                    var y = next[x] + 1;
                    if (y - x == 1)
                    {
                        buffer = buffer < 0 ? x : buffer;
                    }
                    else
                    {
                        if (buffer >= 0)
                        {
                            Buffered(text, start + buffer, start + x, words);
                            buffer = -1;
                        }
                        Add(text, start + x, start + y, words);
                    }
                    x = y;
                }
                if (buffer >= 0)
                {
                    Buffered(text, start + buffer, end, words);
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(best);
                ArrayPool<int>.Shared.Return(next);
            }
        }

        /// <summary>jieba's AddBufferToWordList: one character, a known word cut into its characters, or jieba's HMM.</summary>
        private void Buffered(string text, int start, int end, List<Word> words)
        {
            if (end - start == 1 || Frequency(text.AsSpan(start, end - start)) > 0)
            {
                for (var i = start; i < end; i++)
                {
                    Add(text, i, i + 1, words);
                }
                return;
            }
            var at = start;
            foreach (var piece in Hmm.Instance.Cut(text[start..end]))
            {
                var found = text.IndexOf(piece, at, StringComparison.Ordinal);
                if (found < 0 || string.IsNullOrWhiteSpace(piece))
                {
                    continue;
                }
                at = found + piece.Length;
                Add(text, found, at, words, piece);
            }
        }

        /// <summary>One of jieba's words, with the split of a function character glued to an unknown one (see <see cref="CutWithJieba"/>).</summary>
        private void Add(string text, int start, int end, List<Word> words, string? piece = null)
        {
            if (end - start == 2 && (GluedFunctionChars.Contains(text[start]) || TrailingFunctionChars.Contains(text[start + 1]))
                && Frequency(text.AsSpan(start, 2)) <= 0)
            {
                words.Add(new Word(OneChar(text[start]), start, start + 1));
                words.Add(new Word(OneChar(text[start + 1]), start + 1, end));
                return;
            }
            words.Add(new Word(piece ?? (end - start == 1 ? OneChar(text[start]) : text[start..end]), start, end));
        }

        /// <summary>A one-character word's text, made once per character: most words of a notice are single characters.</summary>
        private static string OneChar(char c) => Chars[c] ??= c.ToString();
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
