using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 27) A village's name that only names something else by where it is: the approver reads 红岩村站点 in a paper
/// that counts its 站点 (五星站点12个, 各邮乐购站点) as one of those points, and 罗某（杨家村线） as the driver of the line
/// to that village — the point, the line or the driver is what the sentence speaks of, not the village. Two shapes, both
/// read from the words alone, whatever the line of work:
/// <list type="bullet">
/// <item>inside a bracket that qualifies a name before it, the village's name runs on into a noun of its own (jieba's
/// tag n…: （杨家村线）, （石桥村段）): the bracket names that noun — not a clause about the village (（沿江村保留）);</item>
/// <item>the village's name stands right before a noun the paper counts as a class of its own (站点12个, 3个站点):
/// 红岩村站点 is one of that class. Not a noun taken with 各 alone: 各镇环境整治 names no class of things, and 红岩村环境整治
/// is the village's work.</item>
/// </list>
/// Never when what follows is the village's own (a head of [village_heads]: 红岩村党支部, 杨家村便民服务站, （杨家村委会）) or
/// opens with a village word (红岩村网格, 各村…站点 counts the villages' own), and never for the bare village words of the
/// lexicon (各村, 村(社区)): 各村站点排名 still ranks the villages.
/// </summary>
internal static class VillageAsModifier
{
    private const int BracketReach = 12;

    /// <summary>Whether the named village <paramref name="village"/> only qualifies another head (see the class summary).</summary>
    public static bool Qualifies(string text, Word village, IReadOnlyList<Word> words, RecognitionCues cues, Func<IReadOnlyList<(Word Word, string Tag)>> tags) =>
        InQualifyingBracket(text, village, cues, tags) || BeforeCountedClass(text, village, words, cues, tags);

    /// <summary>Whether a bare 村/社区 that ends a name jieba cut off before it (石桥 | 村 | 班线) only qualifies another head:
    /// the name and the village word are read as one name.</summary>
    public static bool QualifiesBare(string text, int at, string village, IReadOnlyList<Word> words, RecognitionCues cues, IReadOnlyList<string> villageWords,
        Func<IReadOnlyList<(Word Word, string Tag)>> tags)
    {
        if (village is not ("村" or "社区") || words.FirstOrDefault(w => w.End == at) is not { Text.Length: >= 2 } name || !name.Text.All(TextNormaliser.IsChinese)
            || villageWords.Contains(name.Text) || cues.Private.Contains(name.Text) || name.Text is "各" or "本" or "该" or "全" or "每" or "我" or "你")
        {
            return false;
        }
        return Qualifies(text, new Word(text[name.Start..(at + village.Length)], name.Start, at + village.Length), words, cues, tags);
    }

    private static bool InQualifyingBracket(string text, Word village, RecognitionCues cues, Func<IReadOnlyList<(Word Word, string Tag)>> tags)
    {
        var open = text.LastIndexOfAny(['（', '('], village.Start - 1 < 0 ? 0 : village.Start - 1);
        if (open <= 0 || village.Start - open > BracketReach || !TextNormaliser.IsChinese(text[open - 1]))
        {
            return false;
        }
        var close = text.IndexOfAny(['）', ')'], village.End);
        if (close < 0 || close - village.End > BracketReach || text.IndexOfAny(['）', ')'], open, village.Start - open) >= 0)
        {
            return false;
        }
        var rest = text[village.End..close];
        // Only a noun runs on from the name (班线, 段): a verb makes the bracket a clause about the village (（沿江村保留）).
        return rest.Length > 0 && rest.All(TextNormaliser.IsChinese) && OwnHead(rest, cues) is false
            && tags().Where(t => t.Word.End > village.End && t.Word.Start < close) is var overlapping && overlapping.Any()
            && overlapping.All(t => t.Tag.StartsWith('n'));
    }

    private static bool BeforeCountedClass(string text, Word village, IReadOnlyList<Word> words, RecognitionCues cues,
        Func<IReadOnlyList<(Word Word, string Tag)>> tags)
    {
        // The noun may be one word or two (代购 | 点): each run of words after the village's name, up to ClassWords of them.
        var end = village.End;
        for (var n = 0; n < ClassWords; n++)
        {
            if (words.FirstOrDefault(w => w.Start == end) is not { Text.Length: > 0 } next || !next.Text.All(TextNormaliser.IsChinese))
            {
                return false;
            }
            end = next.End;
            var head = text[village.End..end];
            if (OwnHead(head, cues))
            {
                return false;
            }
            // Only a noun phrase is a class (站点, 代购 | 点): 在每个行政村都设立1个… runs on into an adverb and a verb, and the
            // 1个 after them counts what is set up, not a class the village's name qualifies. Asked only once the count is found:
            // jieba's tags are the costliest reading, and most villages' names are followed by no counted word at all.
            var noun = Regex.Escape(head);
            if (Regex.IsMatch(text, $"{noun}\\d+个|\\d+个{noun}") && NounPhrase(village.End, end, tags()))
            {
                return true;
            }
        }
        return false;
    }

    private const int ClassWords = 2;

    // The words in [start, end), as jieba tags them, do not end with a verb and none is an adverb, a preposition, a
    // conjunction or a particle (都, 在, 和, 的): a name and its head (站点, 代购 | 点), not a clause running on (都 | 设立).
    private static bool NounPhrase(int start, int end, IReadOnlyList<(Word Word, string Tag)> tags)
    {
        var inside = tags.Where(t => t.Word.Start < end && t.Word.End > start).ToList();
        return (inside.Count == 0 || !inside[^1].Tag.StartsWith('v'))
            && inside.All(t => t.Tag.Length == 0 || t.Tag[0] is not ('d' or 'p' or 'c' or 'u'));
    }

    // Whether the words after the village's name are the village's own (a village head, or opening with a village word).
    private static bool OwnHead(string rest, RecognitionCues cues) =>
        cues.VillageHeads.Any(h => rest.EndsWith(h, StringComparison.Ordinal)) || cues.VillageMarkers.Any(m => rest.StartsWith(m, StringComparison.Ordinal))
        || cues.Village.Any(v => rest.StartsWith(v, StringComparison.Ordinal));
}
