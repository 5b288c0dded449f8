namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// The words one compiled lexicon adds to jieba's dictionary (its phrase literals, village words, cue words and short
/// item titles), each with the frequency jieba's <c>AddWord</c> would give it, plus every prefix of them (with the base's
/// value, or 0 for a mere prefix), and the dictionary total those words make. <see cref="ChineseSegmenter"/> cuts and tags over jieba's base dictionary (never
/// changed after load) with one lexicon's overlay on top.
/// </summary>
/// <remarks>
/// Why: jieba's user dictionary is one per process and only grows, so compiling a draft for "try it", a district
/// refinement or an old list version for a replay used to change how every later check on that node cut its sentences —
/// the same submission could get another verdict depending on what the node had compiled before. An overlay belongs to
/// its lexicon: nothing one lexicon compiles is seen by another, and a lexicon cuts the same on every node. The
/// frequencies are worked out over the base plus this overlay's earlier words, in the lexicon's order, which is what a
/// freshly started jieba given only this lexicon's words would compute.
/// Immutable once built (built by <see cref="ChineseSegmenter.Compile"/>), so checks read it without a lock.
/// </remarks>
public sealed class WordOverlay
{
    private const int PairBits = 1 << 16;
    private readonly Dictionary<string, int> entries = new(StringComparer.Ordinal);
    private readonly List<(string Word, int Frequency)> added = [];
    // One bit per one-character entry, and a hashed bit per first two characters of every longer entry: most positions
    // of a sentence start no overlay word, and these let the walk skip the overlay's lookup there (the cut stays about
    // one dictionary probe per prefix tried, as before the overlay).
    private readonly ulong[] oneChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly ulong[] firstPairs = new ulong[PairBits / 64];

    internal WordOverlay(double total)
    {
        Total = total;
        LogTotal = Math.Log(total);
        Lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No words of any lexicon: jieba's base dictionary alone.</summary>
    public static WordOverlay None => ChineseSegmenter.NoOverlay;

    /// <summary>The words added, in the order they were added (and their frequencies), for jieba's own cut to be given the same words.</summary>
    public IReadOnlyList<(string Word, int Frequency)> Words => added;

    /// <summary>Entries held: the words and their prefixes (what the overlay's memory grows with).</summary>
    public int EntryCount => entries.Count;

    /// <summary>jieba's total frequency with this overlay's words: the base's total, with each word's frequency added (or changed).</summary>
    internal double Total { get; private set; }

    internal double LogTotal { get; private set; }

    internal Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>Whether an overlay entry starts with <paramref name="c"/> (exact: every word's first character is an entry).</summary>
    internal bool MayStart(char c) => (oneChars[c >> 6] & (1UL << c)) != 0;

    /// <summary>Whether an overlay entry of two or more characters may start with <paramref name="a"/><paramref name="b"/> (false positives possible, no false negatives).</summary>
    internal bool MayStart(char a, char b)
    {
        var bit = PairBit(a, b);
        return (firstPairs[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>jieba's <c>WordDictionary.AddWord</c> over base + this overlay: the word with its frequency, the total
    /// changed by the difference, and every prefix with the base's value (0 when the base has none): then a span the
    /// overlay lacks starts no overlay word, and the walk stops asking it for longer spans.</summary>
    internal void Add(string word, int frequency, int baseFrequency, Func<string, int> baseValue)
    {
        var old = entries.TryGetValue(word, out var own) ? own : baseFrequency;
        if (old > 0)
        {
            Total -= old;
        }
        Put(word, frequency);
        Total += frequency;
        LogTotal = Math.Log(Total);
        for (var i = 1; i < word.Length; i++)
        {
            var prefix = word[..i];
            if (!entries.ContainsKey(prefix))
            {
                Put(prefix, baseValue(prefix));
            }
        }
        added.Add((word, frequency));
    }

    private void Put(string entry, int frequency)
    {
        entries[entry] = frequency;
        if (entry.Length == 1)
        {
            oneChars[entry[0] >> 6] |= 1UL << entry[0];
        }
        else
        {
            var bit = PairBit(entry[0], entry[1]);
            firstPairs[bit >> 6] |= 1UL << bit;
        }
    }

    private static int PairBit(char a, char b) => (int)(((uint)(a << 16 | b) * 0x9E3779B1u) >> 16);
}
