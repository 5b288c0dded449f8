using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// Offsets and sentences shared by the document reading's cue families: the clause at a source offset, whether a
/// sentence names the villages by a general word, a village called by its name, heading numbering, brackets.
/// </summary>
internal static class DocumentText
{
    internal static readonly string[] HeadingMarks = RecognitionCues.Instance.List("document_text.heading_marks");

    /// <summary>The clause holding a source offset, or -1.</summary>
    internal static int ClauseAtSource(FieldReading field, int sourceStart)
    {
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var (s, e) = field.Text.ToSource(field.Clauses[i].Start, field.Clauses[i].End);
            if (sourceStart >= s && sourceStart < e)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>(phase 23) The normalised offset in clause <paramref name="k"/> where a source offset falls (its clause's end when past it).</summary>
    internal static int AtSource(FieldReading field, int k, int sourceStart)
    {
        var clause = field.Clauses[k];
        for (var at = clause.Start; at < clause.End; at++)
        {
            if (field.Text.ToSource(at, at + 1).Start >= sourceStart)
            {
                return at;
            }
        }
        return clause.End;
    }

    /// <summary>The first and last clause of the sentence clause <paramref name="k"/> stands in.</summary>
    /// <summary>Each sentence of the field once, as the range of its clauses (first and last clause index).</summary>
    internal static IEnumerable<(int First, int Last)> Sentences(FieldReading field)
    {
        for (var k = 0; k < field.Clauses.Count; k++)
        {
            var range = SentenceClauses(field, k);
            yield return range;
            k = range.Last;
        }
    }

    internal static (int First, int Last) SentenceClauses(FieldReading field, int k)
    {
        var sentence = field.Clauses[k].Sentence;
        var first = k;
        while (first > 0 && field.Clauses[first - 1].Sentence == sentence)
        {
            first--;
        }
        var last = k;
        while (last + 1 < field.Clauses.Count && field.Clauses[last + 1].Sentence == sentence)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>Whether the sentence holding the offset names the villages by a general word (各村, 村(社区)), not to negate it.</summary>
    internal static bool SentenceNamesVillages(FieldReading field, int sourceStart)
    {
        var k = ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        var cues = RecognitionCues.Instance;
        var sentence = field.Clauses[k].Sentence;
        var reader = field.Reader;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var clause = field.Clauses[i];
            if (clause.Sentence != sentence)
            {
                continue;
            }
            var mentions = reader.Mentions(i);
            foreach (var village in mentions.Where(m => m.Kind == ActorKind.Village && (cues.Village.Contains(m.Text) || KindOfVillage(m.Text))))
            {
                // (phase 32) 明天去梅岭村集市，… — a village named only as where someone goes names no village of the sentence.
                if (!Glued(reader.Text, clause, mentions, village) && !Agency.Destination(reader, i, village)
                    && Agency.Negation(reader.Text, clause.Start, clause.End, village.Start, village.End, cues) is null
                    && ClauseScope.MentionNegated(reader.Text, clause, village, cues) is null
                    && ClauseScope.SubjectNegated(reader, i, cues) is null && ClauseScope.VillageDisowned(reader, i, cues) is null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>柳林/村 glued to a name: one village called by its name (not 户籍地村, 全村, 各村; (phase 11) nor 行政村 and
    /// 自然村, which are kinds of village: 对各乡镇和行政村的治理情况进行排名 ranks every village).</summary>
    internal static bool Glued(string text, Clause clause, IReadOnlyList<Mention> mentions, Mention village) =>
        village.Text is "村" or "社区" && village.Start > clause.Start && TextNormaliser.IsChinese(text[village.Start - 1])
        && !ChineseSegmenter.GluedFunctionChars.Contains(text[village.Start - 1]) && !"地在属级县区市全每本该政然".Contains(text[village.Start - 1])
        && !mentions.Any(m => m.End == village.Start);

    // (phase 11) Kinds of village, not one village's name: 行政村, 自然村, 建制村 speak of every village of that kind.
    internal static readonly string[] VillageKinds = RecognitionCues.Instance.List("document_text.village_kinds");

    /// <summary>Whether a village word jieba kept whole names a kind of village (对各乡镇和行政村…排名), not one village.</summary>
    internal static bool KindOfVillage(string word) => VillageKinds.Any(k => word.EndsWith(k, StringComparison.Ordinal));

    /// <summary>The most items read back from an item to the sentence that opens their list.</summary>
    private const int MaxListItems = 20;

    /// <summary>
    /// (phase 36) The sentences of the paragraph that opens the list clause <paramref name="k"/> stands in as an item (当事人申请
    /// 补领结婚证的，…。档案…遗失的，…其他材料，包括：⏎1.…；⏎2.…): the sentence is an item (it opens with a number and its mark:
    /// 1., （二）, 三、), and the nearest earlier sentence that is none, past the items between, is followed by a colon; the
    /// paragraph runs back from it to the last line break. The first and last sentence's index, or (-1, -1).
    /// </summary>
    internal static (int From, int To) ListLead(FieldReading field, int k)
    {
        var (first, _) = SentenceClauses(field, k);
        if (!IsItemAt(field, first))
        {
            return (-1, -1);
        }
        var text = field.Text.Text;
        for (var (c, items) = (first - 1, 0); c >= 0 && items < MaxListItems; items++)
        {
            var (lead, last) = SentenceClauses(field, c);
            c = lead - 1;
            if (IsItemAt(field, lead) || NumberOnly(Span(field, lead, last)))
            {
                continue;
            }
            var end = field.Clauses[last].End;
            if (end >= text.Length || text[end] != ':')
            {
                return (-1, -1);
            }
            var from = lead;
            while (from > 0 && text.IndexOf('\n', field.Clauses[from - 1].Start, field.Clauses[from].Start - field.Clauses[from - 1].Start) < 0)
            {
                from = SentenceClauses(field, from - 1).First;
            }
            return (field.Clauses[from].Sentence, field.Clauses[lead].Sentence);
        }
        return (-1, -1);
    }

    private static ReadOnlySpan<char> Span(FieldReading field, int first, int last) =>
        field.Text.Text.AsSpan(field.Clauses[first].Start, field.Clauses[last].End - field.Clauses[first].Start);

    /// <summary>
    /// Whether the sentence opening at clause <paramref name="first"/> is an item: its words open with an item's number and
    /// mark (1., （二）, 三、), or the sentence before it is that number alone (the reader cuts 1. into a sentence of its own).
    /// </summary>
    private static bool IsItemAt(FieldReading field, int first)
    {
        var (_, last) = SentenceClauses(field, first);
        return IsItem(Span(field, first, last))
            || first > 0 && SentenceClauses(field, first - 1) is var (pf, pl) && NumberOnly(Span(field, pf, pl));
    }

    /// <summary>Whether the words are an item's number alone (1, 二, （三）).</summary>
    private static bool NumberOnly(ReadOnlySpan<char> words)
    {
        var trimmed = words.Trim().Trim("()（）");
        if (trimmed.Length is 0 or > 3)
        {
            return false;
        }
        foreach (var ch in trimmed)
        {
            if (!char.IsAsciiDigit(ch) && !"一二三四五六七八九十".Contains(ch))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the words open with an item's number and mark (1., （二）, 三、), not only spaces.</summary>
    private static bool IsItem(ReadOnlySpan<char> words) => LeadLength(words) is > 0 and var lead && !char.IsWhiteSpace(words[lead - 1]);

    /// <summary>Heading numbering and spaces before a sentence's words (一、, （二）, 3., 【…】).</summary>
    internal static int LeadLength(string words) => LeadLength(words.AsSpan());

    /// <summary>As <see cref="LeadLength(string)"/>, over a span of the text (no copy).</summary>
    internal static int LeadLength(ReadOnlySpan<char> words)
    {
        var i = 0;
        while (i < words.Length && words[i] is ' ' or '\n' or '\r' or '\t' or '\u3000')
        {
            i++;
        }
        var j = i;
        if (j < words.Length && words[j] is '(' or '（')
        {
            j++;
        }
        var digits = j;
        while (j < words.Length && (char.IsDigit(words[j]) || IsHeadingMark(words[j])))
        {
            j++;
        }
        if (j > digits && j < words.Length && words[j] is '、' or '.' or ')' or '）')
        {
            return j + 1;
        }
        return i;
    }

    private static bool IsHeadingMark(char c)
    {
        foreach (var mark in HeadingMarks)
        {
            if (mark.Length == 1 && mark[0] == c)
            {
                return true;
            }
        }
        return false;
    }

    internal static string StripBrackets(string part)
    {
        var name = part.Trim();
        while (name.Length > 0 && name[^1] is ')' or '）' && name.LastIndexOfAny(['(', '（']) is > 0 and var open)
        {
            name = name[..open];
        }
        return name;
    }
}
