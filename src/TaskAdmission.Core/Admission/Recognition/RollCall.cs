namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 19) A roll call is made on someone: the office calling the roll (镇综治中心每晚通过视频会议系统随机点名) is not
/// the one checked — the cadres who must answer it are (被点名的带班干部须在2分钟内接通视频). When the clause reading gave a
/// check-in to the body calling the roll and the sentence makes someone answer, the check-in is theirs: the village the
/// sentence names, or no one named — which the document reading then gives to the paper's addressee (a paper to another
/// body, or a department's own paper on its own staff, stays quiet there).
/// </summary>
internal static class RollCall
{
    private static readonly string[] CallWords = RecognitionCues.Instance.List("roll_call.calls");
    private static readonly string[] AnswerWords = RecognitionCues.Instance.List("roll_call.answers");

    /// <summary>The verdict for a roll call the sentence makes someone answer, or null.</summary>
    public static HitVerdict? Answerer(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var matched = reader.Text[hitStart..hitEnd];
        if (!CallWords.Concat(AnswerWords).Any(w => matched.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var sentence = reader.Text[reader.Clauses[first].Start..reader.Clauses[last].End];
        if (!AnswerWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        return ClauseScope.VillageInSentence(reader, clauseIndex) is { Text: { } village }
            ? new HitVerdict(true, VerdictReason.VillageTargeted, village)
            : new HitVerdict(true, VerdictReason.NoOtherActor, null);
    }
}
