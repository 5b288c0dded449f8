namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 30) 对本组散养户的粪水外溢进行查处, 对辖区里各工地的包工方开展用工检查: everything between
/// 对/针对 and the light verb that takes the act as its object (进行, 开展, 实施, 予以 …) is what the act is done to, however
/// many modifiers (本村, 规模以下, 辖区内) and names it holds. A body named there is inspected, punished or supervised; it is
/// not who acts — whoever the clause or the sentence names before 对 is. Not a 对 inside a word (对接, 对照, 核对, 应对),
/// and not across a clause mark.
/// </summary>
internal static class ObjectBeforeVerb
{
    private static readonly string[] LightVerbs = RecognitionCues.Instance.List("object_before_verb.light_verbs");
    private static readonly string[] NotOpening = RecognitionCues.Instance.List("object_before_verb.not_opening");
    private const string ClauseMarks = "，。；：！？,;:!?\n|";
    private const int Reach = 40;

    /// <summary>Whether the mention at [start, end) stands inside an object phrase 对 … opens and a light verb closes before <paramref name="limit"/>.</summary>
    internal static bool Inside(string text, int clauseStart, int start, int end, int limit)
    {
        var from = Math.Max(clauseStart, start - Reach);
        var dui = -1;
        for (var i = start - 1; i >= from; i--)
        {
            if (ClauseMarks.Contains(text[i]))
            {
                return false;
            }
            if (text[i] == '对' && !NotOpening.Any(w => Covers(text, i, w)))
            {
                dui = i;
                break;
            }
        }
        if (dui < 0)
        {
            return false;
        }
        var to = Math.Min(limit, end + Reach);
        for (var i = end; i < to; i++)
        {
            if (ClauseMarks.Contains(text[i]))
            {
                return false;
            }
            if (LightVerbs.Any(v => string.CompareOrdinal(text, i, v, 0, v.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word <paramref name="word"/> holds the 对 at <paramref name="at"/>.</summary>
    private static bool Covers(string text, int at, string word)
    {
        for (var k = word.IndexOf('对'); k >= 0; k = word.IndexOf('对', k + 1))
        {
            var s = at - k;
            if (s >= 0 && s + word.Length <= text.Length && string.CompareOrdinal(text, s, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
