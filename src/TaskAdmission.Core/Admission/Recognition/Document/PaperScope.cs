namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 27) The scope a paper states for itself. An approver: "本通知仅适用于…镇机关，不适用于各村（社区）干部 — the attendance
/// rules are the township's for its own cadres; whatever they ask of no named body they ask of those the paper says it
/// covers." A sentence of the description that names the paper itself ([paper_scope.papers]: 本通知, 本办法, 本值班表 …) and
/// then limits it to a body that is not a village ([paper_scope.limits]: 仅适用于, 仅限 …) or says it does not apply to the
/// villages ([paper_scope.excludes]: 不适用于 + a village word) makes every firing match of the paper that names no one
/// (<see cref="VerdictReason.NoOtherActor"/>) that body's.
/// <para>What it never does: quiet a match that names the village as the one acting or targeted (各村干部也须每日签到);
/// read a scope that includes the villages (本通知适用于镇…机关和各村干部: no limit word) or limits the paper to them
/// (本办法仅适用于各村（社区）干部); or read a scope whose sentence extends the paper to the villages after all
/// ([paper_scope.extends]: 各村参照执行, 村干部一并执行).</para>
/// </summary>
internal static class PaperScope
{
    private static readonly string[] Papers = RecognitionCues.Instance.List("paper_scope.papers");
    private static readonly string[] Limits = RecognitionCues.Instance.List("paper_scope.limits");
    private static readonly string[] Excludes = RecognitionCues.Instance.List("paper_scope.excludes");
    private static readonly string[] Extends = RecognitionCues.Instance.List("paper_scope.extends");
    private static readonly string[] VillageWords = ["村", "社区"];

    // 本通知仅适用于…, 本值班表仅限…: the few characters between the paper's own name and its limit.
    private const int LimitReach = 4;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (!hits.Any(h => h.Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor })
            || readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { } description
            || Scope(description.Text.Text) is not { } scoped)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor })
            {
                hits[i] = hits[i] with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, scoped) };
            }
        }
    }

    /// <summary>The scope the paper limits itself to (本通知仅适用于…镇机关), or null.</summary>
    internal static string? Scope(string text)
    {
        string? scoped = null;
        foreach (var paper in Papers)
        {
            for (var at = text.IndexOf(paper, StringComparison.Ordinal); at >= 0; at = text.IndexOf(paper, at + paper.Length, StringComparison.Ordinal))
            {
                // 根据本通知…: the paper's name opens its sentence or clause.
                if (at > 0 && !IsBreak(text[at - 1]))
                {
                    continue;
                }
                var end = SentenceEnd(text, at);
                var after = at + paper.Length;
                var lead = text[after..Math.Min(end, after + LimitReach + 5)];
                if (Limits.Select(l => (Word: l, At: lead.IndexOf(l, StringComparison.Ordinal))).Where(l => l.At is >= 0 and <= LimitReach)
                        .OrderBy(l => l.At).ThenByDescending(l => l.Word.Length).FirstOrDefault() is { Word: not null } limit)
                {
                    var objectStart = after + limit.At + limit.Word.Length;
                    var obj = text[objectStart..ClauseEnd(text, objectStart, end)];
                    if (obj.Length == 0 || NamesVillage(obj))
                    {
                        return null;
                    }
                    scoped = paper + limit.Word + obj;
                }
                else if (Excludes.Select(l => (Word: l, At: lead.IndexOf(l, StringComparison.Ordinal))).FirstOrDefault(l => l.At is >= 0 and <= LimitReach) is { Word: not null } exclude)
                {
                    var objectStart = after + exclude.At + exclude.Word.Length;
                    var obj = text[objectStart..ClauseEnd(text, objectStart, end)];
                    if (!NamesVillage(obj))
                    {
                        continue;
                    }
                    scoped ??= paper + exclude.Word + obj;
                }
            }
        }
        // 本规定仅限镇机关，各村参照执行 — and (review) 本考勤制度只适用于乡政府机关干部。各村（社区）干部参照本制度执行。: a
        // sentence that extends the paper to the villages undoes the limit, the limiting sentence itself or any other.
        return scoped is not null && SentencesOf(text).Any(ExtendsToVillages) ? null : scoped;
    }

    private static IEnumerable<string> SentencesOf(string text)
    {
        for (var at = 0; at < text.Length;)
        {
            var end = SentenceEnd(text, at);
            yield return text[at..end];
            at = end + 1;
        }
    }

    private static bool IsBreak(char c) => c is '。' or '；' or ';' or '，' or ',' or '\n' or '：' or ':' or '、' or ' ' || char.IsDigit(c) || c is '）' or ')';

    private static int SentenceEnd(string text, int from)
    {
        var end = text.IndexOfAny(['。', '\n', '；', ';'], from);
        return end < 0 ? text.Length : end;
    }

    private static int ClauseEnd(string text, int from, int sentenceEnd)
    {
        var end = text.IndexOfAny(['，', ','], from, sentenceEnd - from);
        return end < 0 ? sentenceEnd : end;
    }

    /// <summary>A village word in the words (村, 社区), not one of the words that only end like one (农村, 村民).</summary>
    private static bool NamesVillage(string words)
    {
        var rest = words;
        foreach (var not in RecognitionCues.Instance.NotVillage.OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(not, " ", StringComparison.Ordinal);
        }
        return VillageWords.Any(v => rest.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>各村参照执行, 村干部一并执行: the sentence extends the paper to the villages after all.</summary>
    private static bool ExtendsToVillages(string sentence) =>
        Extends.Any(e => sentence.Contains(e, StringComparison.Ordinal)) && NamesVillage(sentence);
}
