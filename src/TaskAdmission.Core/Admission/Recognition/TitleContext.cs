using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// A title is a heading (液化气瓶安全检查宣传, 规范村级机制牌子): it names a topic, not who acts, so the title and the
/// description are one actor context. A firing title match is judged by what the description says of the same thing:
/// the description's own matches of the same entry decide first; without one, each place the description repeats the
/// title's matched words is judged where it stands. When all of them give the act to another body or negate it, the
/// title does not fire; when any puts it on the village, or the description never comes back to it, the title fires.
/// </summary>
internal static class TitleContext
{
    public const string Title = "title";
    public const string Description = "description";
    private const int MaxOccurrencesPerTerm = 12;

    public static void Apply(List<RecognitionHit> hits, List<(int Index, string[] Terms, string Act, string[] Exclusions)> titleHits, FieldReading? title, FieldReading description)
    {
        var titleNamesVillage = title is not null && Enumerable.Range(0, title.Clauses.Count).Any(k => title.Reader.NamesVillage(k));
        foreach (var (index, terms, act, exclusions) in titleHits)
        {
            var hit = hits[index];
            var verdicts = hits.Where(h => h.Field == Description && h.Entry == hit.Entry && h.Verdict.Reason != VerdictReason.InName)
                .Select(h => h.Verdict).ToList();
            if (verdicts.Count == 0)
            {
                // The act word first (渔政执法 → the description's 执法大队 does the enforcing), then any of the title's words.
                verdicts = [.. Repeated(description, [act], exclusions, hit.Entry.AimedAtVillage, actNamed: true)];
            }
            if (verdicts.Count == 0)
            {
                verdicts = [.. Repeated(description, terms, exclusions, hit.Entry.AimedAtVillage, actNamed: false)];
            }
            // A ranking or a campaign aimed at villages is run by another body as a rule, and so is any rule family in a title
            // that names the village (村级工作考核): only a negation, a voluntary take-up or the phrase's own exclusion (讲座签到
            // where the description says 签到表) silences it. A sign or proof in a title that does not name the village
            // (光荣牌悬挂) is silenced when every mention in the description goes to another body.
            // (phase 7) 关于规范对社区考核评比的通知: a title that regulates what it names (规范, 清理, 整治, 纠正 … before it)
            // is about the rule; what it names fires only where the description demands it.
            if (verdicts.Count > 0 && !verdicts.Any(v => v.Fires)
                && (!hit.Entry.AimedAtVillage || (!titleNamesVillage && !RunOnVillages(hit.Entry)) || verdicts.All(v => v.Reason is VerdictReason.Negated or VerdictReason.Excluded or VerdictReason.Voluntary)
                    || title is not null && RegulatingBefore(title.Text.Text, title.Text.Text.IndexOf(terms[0], StringComparison.Ordinal)) is not null
                    || title is not null && PublicCheckIn(hit.Entry, verdicts, title)))
            {
                hits[index] = hit with { Verdict = verdicts[0] };
            }
        }
    }

    // (phase 10) 关于优化村党组织书记年度考核的通知: reforming a practice (优化, 改进, 完善, 调整) is about its rule too.
    private static readonly string[] RegulatingVerbs = RecognitionCues.Instance.List("title_context.regulating_verbs");

    /// <summary>The regulating verb after the title's 关于 and before what stands at <paramref name="at"/>, or null.</summary>
    private static string? RegulatingBefore(string title, int at)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var lead = about >= 0 && about < at ? title[(about + 2)..at] : string.Empty;
        // (phase 27) 关于进一步规范…: a degree adverb may stand before the verb.
        if (RegulatingAdverbs.FirstOrDefault(a => lead.StartsWith(a, StringComparison.Ordinal)) is { } adverb)
        {
            lead = lead[adverb.Length..];
        }
        return RegulatingVerbs.FirstOrDefault(v => lead.StartsWith(v, StringComparison.Ordinal));
    }

    private static readonly string[] RegulatingAdverbs = RecognitionCues.Instance.List("title_context.regulating_adverbs");

    /// <summary>
    /// (phase 20) The regulating verb when the title names what stands at <paramref name="at"/> as what it regulates or cleans
    /// up: after its 关于 and before it (<see cref="RegulatingBefore"/>); right after its words (村级组织机制牌子清理情况表,
    /// “牌子清理回头看”, "牌子"清理情况 — one more character of the word, 子 after 机制牌, and quotation marks skipped); or, in a
    /// title with no 关于, anywhere before it (龙潭乡规范村级组织机制牌子工作情况报告). Null otherwise. Read by the document
    /// reading once the description is read (<c>DocumentReading.QuietRegulatedTitle</c>).
    /// </summary>
    internal static string? Regulating(string title, int at, int length)
    {
        if (at < 0)
        {
            return null;
        }
        if (RegulatingBefore(title, at) is { } verb)
        {
            return verb;
        }
        var after = title[Math.Min(title.Length, at + length)..].TrimStart('"');
        var next = after.Length > 0 ? after[1..].TrimStart('"') : after;
        if (RegulatingVerbs.FirstOrDefault(v => after.StartsWith(v, StringComparison.Ordinal) || next.StartsWith(v, StringComparison.Ordinal)) is { } following)
        {
            return following;
        }
        return title.Contains("关于", StringComparison.Ordinal) ? null : RegulatingVerbs.FirstOrDefault(v => title[..at].Contains(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// (phase 20) 桃花坞村赏花节扫码打卡活动 where the description says 游客可在景点扫码打卡: a check-in the description gives,
    /// wherever it speaks of it, to private persons taking part (游客, 读者, 村民 — [private]) is theirs, and the title names
    /// the village only as the place of the activity — by its proper name, or by the bare 村 or 社区 ending a place's name
    /// (民俗文化村). A title naming the village's people or the villages as such (各村网格员打卡, 村干部签到) keeps its reading.
    /// </summary>
    internal static bool PublicCheckIn(RecogniserEntry entry, List<HitVerdict> verdicts, FieldReading title)
    {
        var cues = RecognitionCues.Instance;
        return entry.Family == LexiconFamilies.AppCheckIn
            && verdicts.All(v => v is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } cue } && cues.Private.Contains(cue))
            && Enumerable.Range(0, title.Clauses.Count).All(k => title.Reader.Mentions(k)
                .All(m => m.Kind != ActorKind.Village || m.Text is "村" or "社区" || !cues.Village.Contains(m.Text)));
    }

    /// <summary>Rankings and campaigns are run by another body on the villages by their nature (数字乡村示范点申报 by 县大数据局).</summary>
    private static bool RunOnVillages(RecogniserEntry entry) => entry.Family is LexiconFamilies.Assessment or LexiconFamilies.Demonstration;

    /// <param name="actNamed">The act word inside a body's name in the description (执法 in 执法大队) says that body does it.</param>
    private static IEnumerable<HitVerdict> Repeated(FieldReading description, string[] terms, string[] exclusions, bool aimedAtVillage, bool actNamed)
    {
        var text = description.Text.Text;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var seen = 0;
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0 && seen < MaxOccurrencesPerTerm; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                var clause = description.ClauseAt(at);
                if (clause < 0 || description.IsCited(at))
                {
                    continue;
                }
                seen++;
                if (ExclusionAround(text, at, term.Length, exclusions) is { } excluded)
                {
                    yield return new HitVerdict(false, VerdictReason.Excluded, excluded);
                    continue;
                }
                var verdict = Agency.Judge(description.Reader, clause, [(at, at + term.Length)], aimedAtVillage);
                if (verdict.Reason != VerdictReason.InName)
                {
                    yield return verdict;
                }
                else if (actNamed)
                {
                    yield return new HitVerdict(false, VerdictReason.OtherActor, verdict.Cue);
                }
            }
        }
    }

    /// <summary>The phrase's exclusion the occurrence is part of (签到 inside 签到表), or null.</summary>
    private static string? ExclusionAround(string text, int at, int length, string[] exclusions)
    {
        foreach (var exclusion in exclusions)
        {
            for (var from = Math.Max(0, at + length - exclusion.Length); from <= at && from + exclusion.Length <= text.Length; from++)
            {
                if (string.CompareOrdinal(text, from, exclusion, 0, exclusion.Length) == 0)
                {
                    return exclusion;
                }
            }
        }
        return null;
    }
}
