namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 36) The matter a meeting studies. An approver: "研究村级残疾人服务阵地建设有关事项 says what the meeting was about;
/// what it decided follows, and is read where it stands." A match standing between 研究 and the topic's noun that closes it
/// ([studied_topics.topic_nouns]: 有关事项, 相关事宜, 有关问题) in one clause, with no village and no word of asking (请, 要求, 由:
/// [studied_topics.askers]) before 研究, names the topic, not a demand. 请各村研究…有关事项 asks the villages to study it, and
/// 会议决定各村于月底前统一挂牌 is the decision, read as it stands.
/// </summary>
internal static class StudiedTopics
{
    private static readonly string[] Studying = RecognitionCues.Instance.List("studied_topics.studying");
    private static readonly string[] TopicNouns = RecognitionCues.Instance.List("studied_topics.topic_nouns");
    private static readonly string[] Askers = RecognitionCues.Instance.List("studied_topics.askers");

    /// <summary>The topic's words (研究…有关事项) when the hit stands inside them, or null.</summary>
    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        if (hit.Spans.Count == 0 || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var at = DocumentText.AtSource(field, k, hit.Spans[0].Start);
        // Most clauses study nothing: look before reading further.
        if (at <= clause.Start || !Studying.Any(w => text.AsSpan(clause.Start, at - clause.Start).Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var end = DocumentText.AtSource(field, k, hit.Spans[^1].Start + hit.Spans[^1].Length);
        var words = text[clause.Start..clause.End];
        foreach (var study in Studying)
        {
            var s = words.LastIndexOf(study, Math.Max(0, at - clause.Start - 1), StringComparison.Ordinal);
            if (s < 0 || clause.Start + s + study.Length > at)
            {
                continue;
            }
            var before = words[..s];
            if (Askers.Any(a => before.Contains(a, StringComparison.Ordinal))
                || field.Reader.Mentions(k).Any(m => m.Kind == ActorKind.Village && m.Start < clause.Start + s))
            {
                return null;
            }
            var rest = words[(end - clause.Start)..];
            if (TopicNouns.FirstOrDefault(n => rest.Contains(n, StringComparison.Ordinal)) is { } noun)
            {
                return study + "…" + noun;
            }
        }
        return null;
    }
}
