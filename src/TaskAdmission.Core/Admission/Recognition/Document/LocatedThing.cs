namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 27) A location that is a thing's, not a person's: 车被偷后可用手机看车辆的实时位置, 可实时查看包裹位置. The ban on
/// location check-ins is about tracking the village's people at work; the approver asks whose position is watched. The
/// word right before 位置/定位 in the match is its possessor: a noun (jieba's tag n…) that names no person — no village word,
/// no private person ([private]), no person's or body's ending ([document_scope.person_heads], [body_suffixes]), no
/// personal name (nr), nothing a person carries ([located_thing.carried]: 手机定位 is its holder's) — names a thing. Only in a sentence that names no village: 各村巡逻车须装定位，镇里实时查看巡逻车位置
/// still watches the villages' patrols, and 实时查看村干部位置, 实时共享位置 (no possessor) are read as before.
/// </summary>
internal static class LocatedThing
{
    private static readonly string[] LocationWords = RecognitionCues.Instance.List("located_thing.location_words");
    private static readonly string[] PersonHeads = RecognitionCues.Instance.List("document_scope.person_heads");
    private static readonly string[] Carried = RecognitionCues.Instance.List("located_thing.carried");

    /// <summary>The thing whose location the match watches (位置：车辆), or null.</summary>
    public static string? Of(FieldReading field, RecognitionHit hit)
    {
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0 || DocumentText.SentenceNamesVillages(field, hit.Spans[0].Start))
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var inClause = text.IndexOf(hit.MatchedText, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
        if (inClause < 0)
        {
            return null;
        }
        var cues = RecognitionCues.Instance;
        foreach (var location in LocationWords)
        {
            var at = hit.MatchedText.IndexOf(location, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var p = inClause + at;
            var possessor = field.Reader.Tags(clause.Sentence).FirstOrDefault(t => t.Word.End == p);
            var word = possessor.Word.Text;
            if (word is null || possessor.Word.Start < inClause || !possessor.Tag.StartsWith('n') || possessor.Tag.StartsWith("nr", StringComparison.Ordinal)
                || cues.VillageMarkers.Any(m => word.Contains(m, StringComparison.Ordinal)) || cues.Village.Contains(word) || cues.Private.Contains(word)
                || PersonHeads.Any(h => word.EndsWith(h, StringComparison.Ordinal)) || cues.BodySuffixes.Any(b => word.EndsWith(b, StringComparison.Ordinal))
                || word.EndsWith('人') || Carried.Any(c => word.EndsWith(c, StringComparison.Ordinal)))
            {
                continue;
            }
            return $"{location}：{word}";
        }
        return null;
    }

    private static readonly string[] Placing = RecognitionCues.Instance.List("located_thing.placing");
    private static readonly string[] Watching = RecognitionCues.Instance.List("located_thing.watching");

    /// <summary>
    /// (phase 34) A site where a thing is put, not where a person is: 报送各村器材安装位置, 上报垃圾桶投放位置. A location word
    /// ([located_thing.location_words]) right after a verb of placing a thing ([located_thing.placing]: 安装, 投放, 设置, 建设 …)
    /// names the site chosen for the thing — planning data reported once, whoever reports it, even in a sentence naming the
    /// villages. Not when the match or its clause watches or proves ([located_thing.watching]: 实时, 轨迹, 照片, 每日 …: 每日上报
    /// 巡查位置和现场照片), nor for 定位 (安装定位 fits a tracker).
    /// </summary>
    public static string? Site(FieldReading field, RecognitionHit hit)
    {
        var at = hit.MatchedText.IndexOf("位置", StringComparison.Ordinal);
        if (at < 0 || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var clause = field.Text.Text[field.Clauses[k].Start..field.Clauses[k].End];
        var inClause = clause.IndexOf(hit.MatchedText, StringComparison.Ordinal);
        if (inClause < 0 || Watching.Any(w => clause.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        // 建设位置后报送: the match may open with the location word; its verb stands before it in the clause.
        var before = clause[..(inClause + at)];
        return Placing.FirstOrDefault(v => before.EndsWith(v, StringComparison.Ordinal)) is { } verb ? $"{verb}位置" : null;
    }
}
