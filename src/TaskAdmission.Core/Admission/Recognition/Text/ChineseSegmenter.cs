using System.Buffers;
using System.Reflection;
using System.Text.RegularExpressions;
using JiebaNet.Segmenter;
using Hmm = JiebaNet.Segmenter.FinalSeg.Viterbi;
using JiebaNet.Segmenter.PosSeg;

namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// jieba.NET word segmentation, loaded once per process (its dictionary takes about a second and 40 MB). The cut and the
/// tagger walk jieba's own dictionary (the base, never changed after load) with one lexicon's <see cref="WordOverlay"/>
/// on top: a lexicon's words are its own, not the process's. The package's data files are copied to <c>jieba/</c> beside
/// the assembly by the Core project.
/// </summary>
/// <remarks>
/// Fallback: when jieba's internals are not as expected (<see cref="CutsOverDictionary"/> false) jieba's own cut is used,
/// and jieba has one process-wide dictionary: <see cref="Compile"/> then adds the lexicon's words to it as before
/// (overlays cannot be kept apart; a node's history can change its cuts again until it restarts). The same holds for the
/// tags alone when only the tagger's internals changed (<see cref="TagsOverDictionary"/> false): the words also go to
/// jieba's dictionary for its tagger, while the cut keeps to the overlays. A reader-writer lock guards jieba's dictionary
/// for those paths.
/// </remarks>
public static class ChineseSegmenter
{
    private static readonly ReaderWriterLockSlim Gate = new();
    private static readonly HashSet<string> Added = new(StringComparer.Ordinal);
    private static readonly Lazy<JiebaSegmenter> Jieba = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static PosSegmenter? tagger;
    private static readonly Lazy<DagCutter?> Dag = new(DagCutter.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordOverlay> None = new(() => new WordOverlay(Dag.Value?.BaseTotal ?? 1), LazyThreadSafetyMode.ExecutionAndPublication);
    private static bool jiebaHasOwnCopy;

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
    /// <param name="text">The text.</param>
    /// <param name="words">The lexicon's words on top of jieba's base dictionary (<see cref="WordOverlay.None"/>: the base alone).</param>
    public static IReadOnlyList<Word> Cut(string text, WordOverlay words)
    {
        _ = Jieba.Value;
        if (Dag.Value is not { } dag)
        {
            return CutWithJieba(text);
        }
        // The base and the overlay are never written once built: no lock.
        var cut = new List<Word>(Math.Max(4, text.Length / 2));
        dag.Cut(text, words, cut);
        return cut;
    }

    internal static WordOverlay NoOverlay => None.Value;

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
    public static IReadOnlyList<(Word Word, string Tag)> Tag(string text, WordOverlay words)
    {
        _ = Jieba.Value;
        if (Dag.Value is not { CanTag: true } dag)
        {
            return TagWithJieba(text);
        }
        var tags = new List<(Word, string)>(Math.Max(4, text.Length / 2));
        dag.Tag(text, words, tags);
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

    /// <summary>
    /// A lexicon's words (list titles, lexicon phrases, actor words) as an overlay on jieba's base dictionary: words of
    /// 2–12 Chinese characters, each once, with the frequency jieba's <c>AddWord</c> would give it in a process that
    /// was given only these words. Nothing is added to jieba's dictionary (but see the fallback on the class).
    /// </summary>
    public static WordOverlay Compile(IEnumerable<string> words)
    {
        var jieba = Jieba.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fresh = words.Where(w => w.Length is >= 2 and <= 12 && w.All(TextNormaliser.IsChinese) && seen.Add(w)).ToList();
        if (Dag.Value is { } dag)
        {
            var overlay = dag.Compile(fresh);
            if (!dag.CanTag)
            {
                // jieba's tagger (the fallback) reads only jieba's dictionary: it gets the words, for the whole process.
                AddToJieba(overlay);
            }
            return overlay;
        }
        // Fallback: jieba's own cut reads only its own dictionary, so the words go there, for the whole process.
        AddToJieba(fresh.Select(w => (w, 0)));
        return None.Value;
    }

    /// <summary>
    /// Gives jieba's own dictionary an overlay's words with their frequencies, so that <see cref="CutWithJieba"/> and
    /// <see cref="TagWithJieba"/> cut as <see cref="Cut"/> does with that overlay (the tests compare the two). jieba is
    /// first given its own copy of the dictionary: the base the walk reads stays as loaded.
    /// </summary>
    internal static void AddToJieba(WordOverlay overlay) => AddToJieba(overlay.Words);

    private static void AddToJieba(IEnumerable<(string Word, int Frequency)> words)
    {
        var jieba = Jieba.Value;
        Gate.EnterWriteLock();
        try
        {
            if (Dag.Value is not null && !jiebaHasOwnCopy)
            {
                DagCutter.GiveJiebaItsOwnCopy();
                jiebaHasOwnCopy = true;
            }
            foreach (var (word, frequency) in words)
            {
                if (Added.Add(word))
                {
                    jieba.AddWord(word, frequency);
                }
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
        private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Public;
        private static readonly FieldInfo? TrieField = typeof(WordDictionary).GetField("Trie", Internal | BindingFlags.Instance);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> trie;
        private readonly bool[] blockChar;
        private static readonly string?[] Chars = new string?[char.MaxValue + 1];
        private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> wordTags;
        private Func<string, IEnumerable<Pair>>? tagUnknown;

        private DagCutter(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> trie, double baseTotal, bool[] blockChar)
        {
            this.trie = trie;
            BaseTotal = baseTotal;
            this.blockChar = blockChar;
        }

        /// <summary>jieba's total frequency as loaded (an overlay's total starts here).</summary>
        public double BaseTotal { get; }

        /// <summary>
        /// Points jieba's dictionary at a copy of its words, so that words added to jieba (the fallback's reference in
        /// the tests) leave the base the walk reads unchanged. Only then does the process hold the dictionary twice.
        /// </summary>
        public static void GiveJiebaItsOwnCopy()
        {
            var dictionary = WordDictionary.Instance;
            if (TrieField?.GetValue(dictionary) is Dictionary<string, int> words)
            {
                TrieField.SetValue(dictionary, new Dictionary<string, int>(words, words.Comparer));
            }
        }

        /// <summary>Whether the tagger's internals are as expected too (its word-tag table, its HMM cut, the same block pattern).</summary>
        public bool CanTag => tagUnknown is not null;

        public static DagCutter? Create()
        {
            _ = Jieba.Value; // jieba's data directory is set and its dictionary and tagger loaded first
            var dictionary = WordDictionary.Instance;
            if (TrieField?.GetValue(dictionary) is not Dictionary<string, int> prefixes
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
            // jieba's dictionary as loaded is the base: nothing adds to it while the walk reads it (AddToJieba first gives
            // jieba a copy), so no lock is needed.
            var cutter = new DagCutter(trie, dictionary.Total, blockChar);
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
        public void Tag(string text, WordOverlay overlay, List<(Word, string)> tags)
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
                    Route(text, i, end, overlay, next);
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
                                TagBuffered(text, i + buffer, i + x, overlay, tags);
                                buffer = -1;
                            }
                            // The tag table is jieba's as loaded: lexicon words are added without a tag, so jieba tags them x
                            // (or with the tag dict.txt gives a word it already had), and overlays leave it alone.
                            tags.Add((new Word(text[(i + x)..(i + y)], i + x, i + y), TagOf(text.AsSpan(i + x, y - x))));
                        }
                        x = y;
                    }
                    if (buffer >= 0)
                    {
                        TagBuffered(text, i + buffer, end, overlay, tags);
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
        private void TagBuffered(string text, int start, int end, WordOverlay overlay, List<(Word, string)> tags)
        {
            if (end - start == 1)
            {
                tags.Add((new Word(OneChar(text[start]), start, end), TagOf(text.AsSpan(start, 1))));
                return;
            }
            if (Frequency(text.AsSpan(start, end - start), overlay) > 0)
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

        public void Cut(string text, WordOverlay overlay, List<Word> words)
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
                CutBlock(text, i, end, overlay, words);
                i = end;
            }
        }

        /// <summary>
        /// An overlay of <paramref name="words"/> (each once, in order), each with jieba's <c>AddWord</c> frequency
        /// (<c>SuggestFreq</c> over its cut without the HMM) worked out over the base plus the words before it.
        /// </summary>
        public WordOverlay Compile(IReadOnlyList<string> words)
        {
            var overlay = new WordOverlay(BaseTotal);
            var pieces = new List<(int Start, int End)>();
            foreach (var word in words)
            {
                // jieba's SuggestFreq: the product of its pieces' probabilities (an unknown piece counts 1), back to a
                // count, plus one; at least the word's own frequency.
                pieces.Clear();
                CutWithoutHmm(word, overlay, pieces);
                var total = overlay.Total;
                double probability = 1;
                foreach (var (start, end) in pieces)
                {
                    probability *= FrequencyOrOne(word.AsSpan(start, end - start), overlay) / total;
                }
                var frequency = Math.Max((int)(probability * total) + 1, FrequencyOrOne(word, overlay));
                overlay.Add(word, frequency, BaseFrequency(word), BaseFrequency);
            }
            return overlay;
        }

        /// <summary>jieba's Cut(word, hmm: false) for a word of Chinese characters: each block by the best route, other characters alone.</summary>
        private void CutWithoutHmm(string word, WordOverlay overlay, List<(int, int)> pieces)
        {
            var next = new int[word.Length + 1];
            for (var i = 0; i < word.Length;)
            {
                if (!blockChar[word[i]])
                {
                    pieces.Add((i, i + 1));
                    i++;
                    continue;
                }
                var end = i + 1;
                while (end < word.Length && blockChar[word[end]])
                {
                    end++;
                }
                Route(word, i, end, overlay, next);
                for (var x = 0; x < end - i; x = next[x] + 1)
                {
                    pieces.Add((i + x, i + next[x] + 1));
                }
                i = end;
            }
        }

        private int BaseFrequency(string word) => trie.TryGetValue(word, out var frequency) ? frequency : 0;

        private int FrequencyOrOne(ReadOnlySpan<char> word, WordOverlay overlay) => Frequency(word, overlay) is > 0 and var f ? f : 1;

        /// <summary>A word's frequency in base + overlay (0: no word, or only a prefix of words).</summary>
        private int Frequency(ReadOnlySpan<char> word, WordOverlay overlay) =>
            TryEntry(word, overlay, word.Length == 1 ? overlay.MayStart(word[0]) : overlay.MayStart(word[0], word[1]), out var frequency) ? frequency : 0;

        /// <summary>The overlay's entry when it may have one (it shadows the base's), else the base's.</summary>
        private bool TryEntry(ReadOnlySpan<char> word, WordOverlay overlay, bool inOverlay, out int frequency) =>
            inOverlay ? overlay.Lookup.TryGetValue(word, out frequency) || trie.TryGetValue(word, out frequency) : trie.TryGetValue(word, out frequency);

        /// <summary>
        /// jieba's Calc, right to left: the best log probability of the rest from each position, over the words the
        /// dictionary has starting there (jieba's DAG), or the character alone when it has none; <paramref name="next"/>
        /// gets the last character of the word chosen at each position.
        /// </summary>
        private void Route(string text, int start, int end, WordOverlay overlay, int[] next, double[]? scratch = null)
        {
            var n = end - start;
            var best = scratch ?? ArrayPool<double>.Shared.Rent(n + 1);
            try
            {
                var logTotal = overlay.LogTotal;
                best[n] = 0.0;
                for (var k = n - 1; k >= 0; k--)
                {
                    var candidate = double.MinValue;
                    var choice = -1;
                    var any = false;
                    // The overlay holds every prefix of its words: once it lacks a span, no overlay word starts here and
                    // only the base is asked for the longer spans (about one lookup per prefix tried, as without overlays).
                    var inOverlay = overlay.MayStart(text[start + k]);
                    for (var i = k; i < n; i++)
                    {
                        var span = text.AsSpan(start + k, i - k + 1);
                        var frequency = 0;
                        if (!(inOverlay && (i != k + 1 || overlay.MayStart(span[0], span[1])) && overlay.Lookup.TryGetValue(span, out frequency)))
                        {
                            inOverlay = false;
                            if (!trie.TryGetValue(span, out frequency))
                            {
                                break;
                            }
                        }
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

        private void CutBlock(string text, int start, int end, WordOverlay overlay, List<Word> words)
        {
            var n = end - start;
            var best = ArrayPool<double>.Shared.Rent(n + 1);
            var next = ArrayPool<int>.Shared.Rent(n + 1);
            try
            {
                Route(text, start, end, overlay, next, best);
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
                            Buffered(text, start + buffer, start + x, overlay, words);
                            buffer = -1;
                        }
                        Add(text, start + x, start + y, overlay, words);
                    }
                    x = y;
                }
                if (buffer >= 0)
                {
                    Buffered(text, start + buffer, end, overlay, words);
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(best);
                ArrayPool<int>.Shared.Return(next);
            }
        }

        /// <summary>jieba's AddBufferToWordList: one character, a known word cut into its characters, or jieba's HMM.</summary>
        private void Buffered(string text, int start, int end, WordOverlay overlay, List<Word> words)
        {
            if (end - start == 1 || Frequency(text.AsSpan(start, end - start), overlay) > 0)
            {
                for (var i = start; i < end; i++)
                {
                    Add(text, i, i + 1, overlay, words);
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
                Add(text, found, at, overlay, words, piece);
            }
        }

        /// <summary>One of jieba's words, with the split of a function character glued to an unknown one (see <see cref="CutWithJieba"/>).</summary>
        private void Add(string text, int start, int end, WordOverlay overlay, List<Word> words, string? piece = null)
        {
            if (end - start == 2 && (GluedFunctionChars.Contains(text[start]) || TrailingFunctionChars.Contains(text[start + 1]))
                && Frequency(text.AsSpan(start, 2), overlay) <= 0)
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
