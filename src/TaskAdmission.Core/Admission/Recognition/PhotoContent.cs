namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 23) A photo that is no proof of work. An approver: "a photo is banned when it is demanded of the village as proof
/// that it worked; a photo that is what a one-off report is about, or one the village keeps for itself, proves nothing to
/// anyone." Two readings of a photo match of the check-in family:
/// <list type="bullet">
/// <item>the photo is one of the contents a report lists in brackets (闲置厂房情况（位置、面积、现状照片）整理后报镇): it shows the
/// thing reported, as its other fields describe it;</item>
/// <item>the village keeps the photo itself (公开栏照片自己存档就行): it goes to no one.</item>
/// </list>
/// What it never does: read so a photo the sentence makes recur (每周把巡河情况（时间、地点、现场照片）报镇, 每日拍照自行存档),
/// one someone checks (自己存档，镇里每月抽查), one kept and then sent on (自行留存，年底报镇里), or a listed photo of work done (现场照片, 整改前后照片, 活动照片:
/// [photo_content.work_words]) — those prove the work.
/// </summary>
internal static class PhotoContent
{
    private static readonly string[] PhotoWords = RecognitionCues.Instance.List("photo_content.photo_words");
    private static readonly string[] WorkWords = RecognitionCues.Instance.List("photo_content.work_words");
    private static readonly string[] KeepingWords = RecognitionCues.Instance.List("photo_content.keeping_words");
    private static readonly string[] SelfWords = RecognitionCues.Instance.List("photo_content.self_words");
    private static readonly string[] Recurring = RecognitionCues.Instance.List("own_check_ins.recurring");
    private static readonly string[] Checking = RecognitionCues.Instance.List("photo_content.checking");
    private static readonly string[] Sending = RecognitionCues.Instance.List("photo_content.sending");
    private const int SelfReach = 2;
    private const int SendingNegationReach = 3;

    /// <summary>The words that make the matched photo no proof of work, or null.</summary>
    public static string? NoProof(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var sentence = reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End];
        if (Recurring.Any(w => sentence.Contains(w, StringComparison.Ordinal)) || Checking.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        // (phase 23 review) 拍照自行留存，年底统一报镇里汇总: a photo kept and then sent on goes to someone; a report's listed
        // contents are sent by their nature, so the sending tests only the keeping.
        return Listed(reader.Text, hitStart, hitEnd)
            ?? (SentOn(reader.Text[hitEnd..reader.Clauses[last].End]) ? null : Kept(reader.Text, hitStart, hitEnd));
    }

    /// <summary>Whether the words send the photo on ([photo_content.sending]), not under a negation right before (不用发群).</summary>
    private static bool SentOn(string after)
    {
        foreach (var word in Sending)
        {
            for (var at = after.IndexOf(word, StringComparison.Ordinal); at >= 0; at = after.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (after.AsSpan(Math.Max(0, at - SendingNegationReach), Math.Min(at, SendingNegationReach)).IndexOfAny('不', '无', '勿') < 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The bracketed list of contents the match's photo word is an item of (（坐落、面积、用途、现状照片）), when no item names
    /// work done; or null.
    /// </summary>
    private static string? Listed(string text, int hitStart, int hitEnd)
    {
        var photo = PhotoWords.Select(w => text.IndexOf(w, hitStart, hitEnd - hitStart, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (photo < 0)
        {
            return null;
        }
        var open = text.LastIndexOfAny(['(', '（'], photo);
        var close = text.IndexOfAny([')', '）'], photo);
        if (open < 0 || close < 0 || text.IndexOfAny([')', '）', '\n', '。'], open, photo - open) >= 0)
        {
            return null;
        }
        var items = text[(open + 1)..close];
        return items.Contains('、') && !WorkWords.Any(w => items.Contains(w, StringComparison.Ordinal)) ? text[open..(close + 1)] : null;
    }

    /// <summary>The keeping the match ends with when the village keeps the photo itself (自己存档, 自行留存), or null.</summary>
    private static string? Kept(string text, int hitStart, int hitEnd)
    {
        var matched = text[hitStart..hitEnd];
        if (KeepingWords.FirstOrDefault(k => matched.EndsWith(k, StringComparison.Ordinal)) is not { } keeping)
        {
            return null;
        }
        var before = text[Math.Max(hitStart, hitEnd - keeping.Length - SelfReach - 2)..(hitEnd - keeping.Length)];
        return SelfWords.FirstOrDefault(s => before.EndsWith(s, StringComparison.Ordinal)) is { } self ? self + keeping : null;
    }
}
