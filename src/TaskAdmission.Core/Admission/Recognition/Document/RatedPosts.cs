using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 33) Whom a rating of a service post rates. An approver: "the village's own service post — its 综合服务站,
/// 文明实践站, 幸福院, 农家书屋, 党群服务中心 — is run by the village committee with its own people. Rating it, grading it
/// with stars or ranks and publishing the result rates the village, whichever department runs the rating and to whomever
/// the paper is sent. A department's rating of a hall it runs itself, of a clinic, of a firm's outlets or of a township's
/// station, and a safety inspection of a building, rate no village."
/// <para>A rating match (assessment or campaign) kept quiet only because a department or township is its clause's subject
/// (区文明办…对各站点进行星级评定) or because the paper is sent to other bodies (主送) fires again when the post its
/// sentence rates — the last post named in the sentence before the match — is the village's:</para>
/// <list type="bullet">
/// <item>named with a village word before its kind (社区文明实践站, 村（社区）综合服务站, 村级养老服务站:
/// <see cref="DocumentScope.VillagePost"/>), or</item>
/// <item>named by its kind alone (幸福院) or by a word pointing back to it ([rated_posts.anaphors]: 站点, 各站, 该站, 各中心 …)
/// when the paper names that kind of post as the village's elsewhere and never as a township's, county's or firm's.</item>
/// </list>
/// The sentence must rate ([rated_posts.ratings]: 评定, 星级, 得分, 排名, 等次 …) and not inspect a building's safety
/// ([rated_posts.inspections]: 消防, 安全检查, 隐患 …). Not in a reply, report or minutes, nor in a paper that stops or
/// refuses a rating ([campaign_units.refusals], [rated_posts.refusals]).
/// </summary>
internal static class RatedPosts
{
    private static readonly string[] Posts = RecognitionCues.Instance.List("document_scope.village_posts");
    private static readonly string[] Anaphors = RecognitionCues.Instance.List("rated_posts.anaphors");
    private static readonly string[] Ratings = RecognitionCues.Instance.List("rated_posts.ratings");
    private static readonly string[] Inspections = RecognitionCues.Instance.List("rated_posts.inspections");
    private static readonly string[] Levels = RecognitionCues.Instance.List("rated_posts.levels");
    private static readonly string[] NotVillagePosts = RecognitionCues.Instance.List("document_scope.clinic_words");
    private static readonly string[] Refusals = [.. RecognitionCues.Instance.List("campaign_units.refusals"), .. RecognitionCues.Instance.List("rated_posts.refusals")];
    private static readonly char[] NameStops = [',', '，', '。', ';', '；', ':', '：', '、', '\n', '|', ' ', '的', '对', '在', '向', '和', '与', '及'];

    /// <summary>How far back from a post's kind its name may reach (全县村（社区）综合服务站).</summary>
    private const int NameReach = 10;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading? document)
    {
        if (document is null || document.NotTask is not null || document.Genre is not null || document.Telling is not null
            || !hits.Any(Reopenable)
            || readings.Any(r => Refusals.Any(w => r.Text.Text.Contains(w, StringComparison.Ordinal))))
        {
            return;
        }
        var cues = RecognitionCues.Instance;
        HashSet<string>? village = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (!Reopenable(hit) || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field)
            {
                continue;
            }
            var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
            if (k < 0)
            {
                continue;
            }
            var (first, _) = ClauseScope.SentenceClauses(field.Clauses, k);
            var text = field.Text.Text;
            var sentence = text[field.Clauses[first].Start..field.Clauses[k].End];
            if (!Ratings.Any(r => sentence.Contains(r, StringComparison.Ordinal)) || Inspections.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }
            village ??= VillageKinds(readings, cues);
            // The post rated stands before the rating (对各站点进行星级评定, 根据各站点得分…通报); one named after it (考核内容包括
            // 村级幸福院…) is what another body's rating looks at.
            var before = text[field.Clauses[first].Start..DocumentText.AtSource(field, k, hit.Spans.Min(x => x.Start))];
            if (village.Count > 0 && RatedPost(before, village, cues) is { } post)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, post) };
            }
        }
    }

    /// <summary>A rating match quiet only because a department or township runs it, or because the paper is sent to other bodies.</summary>
    private static bool Reopenable(RecognitionHit hit) =>
        hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.Demonstration && !hit.Verdict.Fires && hit.Spans.Count > 0
        && (hit.Verdict.Reason == VerdictReason.NotOperative && hit.Verdict.Cue?.StartsWith("主送：", StringComparison.Ordinal) == true
            || hit.Verdict.Reason == VerdictReason.OtherActor && hit.Verdict.Cue is { } body && !RecognitionCues.Instance.Private.Contains(body)
                && RecognitionCues.Instance.BodySuffixes.Any(s => body.EndsWith(s, StringComparison.Ordinal)));

    /// <summary>
    /// The kinds of post (服务站, 幸福院 …) the paper names as the village's (社区文明实践站, 所有村幸福院) and never as another
    /// level's or a firm's (镇文化站, 邮政服务站).
    /// </summary>
    private static HashSet<string> VillageKinds(IReadOnlyList<FieldReading> readings, RecognitionCues cues)
    {
        var village = new HashSet<string>();
        var other = new HashSet<string>();
        foreach (var reading in readings)
        {
            var text = reading.Text.Text;
            foreach (var kind in Posts)
            {
                for (var at = text.IndexOf(kind, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kind, at + kind.Length, StringComparison.Ordinal))
                {
                    switch (Owner(text, at, kind, cues))
                    {
                        case true:
                            village.Add(kind);
                            break;
                        case false:
                            other.Add(kind);
                            break;
                    }
                }
            }
        }
        village.ExceptWith(other);
        return village;
    }

    /// <summary>
    /// Whose the post named at <paramref name="at"/> is, by the words of its name before its kind: true the village's (a
    /// village word: <see cref="DocumentScope.VillagePost"/>), false another's (a firm's or a clinic's word,
    /// [document_scope.clinic_words], or a level above the village, [rated_posts.levels]), null when the name says nothing
    /// (幸福院, 农村互助幸福院).
    /// </summary>
    private static bool? Owner(string text, int at, string kind, RecognitionCues cues)
    {
        var start = at;
        while (start > 0 && at - start < NameReach && Array.IndexOf(NameStops, text[start - 1]) < 0)
        {
            start--;
        }
        var name = text[start..(at + kind.Length)];
        if (DocumentScope.VillagePost(name, cues))
        {
            return true;
        }
        var words = name.AsSpan(0, name.Length - kind.Length);
        foreach (var other in NotVillagePosts.Concat(Levels))
        {
            if (words.Contains(other, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return null;
    }

    /// <summary>The last post the sentence names, when it is the village's: its words with the kind they point to; null otherwise.</summary>
    private static string? RatedPost(string sentence, HashSet<string> village, RecognitionCues cues)
    {
        var last = -1;
        string? found = null;
        string? kindOf = null;
        foreach (var kind in Posts)
        {
            var at = sentence.LastIndexOf(kind, StringComparison.Ordinal);
            if (at > last)
            {
                (last, found, kindOf) = (at, kind, kind);
            }
        }
        foreach (var anaphor in Anaphors)
        {
            var at = sentence.LastIndexOf(anaphor, StringComparison.Ordinal);
            // 站点 in 服务站点 is the same mention as the kind before it.
            if (at > last && Head(anaphor) is var head && village.FirstOrDefault(v => v.EndsWith(head, StringComparison.Ordinal)) is { } pointed)
            {
                (last, found, kindOf) = (at, anaphor, pointed);
            }
        }
        if (found is null || kindOf is null)
        {
            return null;
        }
        if (found == kindOf)
        {
            return Owner(sentence, last, kindOf, cues) switch
            {
                true => sentence[Math.Max(0, last - NameReach)..(last + kindOf.Length)].Split(NameStops)[^1],
                null when village.Contains(kindOf) => $"{kindOf}（村级）",
                _ => null,
            };
        }
        return $"{found}（{kindOf}）";
    }

    /// <summary>站点, 各站, 该站 → 站; 各中心 → 中心: the kind's ending a pointing word stands for.</summary>
    private static string Head(string anaphor)
    {
        var head = anaphor.TrimStart('各', '该', '本', '这', '其');
        return head.Length > 1 && head.EndsWith('点') ? head[..^1] : head;
    }
}
