using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 28) Whom a campaign rates. An approver: "a 示范社区, a 健康村, a 星级旅游村 is a village made a model. The department
/// that announces the campaign runs it and the townships it is sent to pick the candidates, but the unit created, rated,
/// named or inspected is the village itself — so the campaign is on the villages, whichever body the paper is sent to."
/// A demonstration match kept quiet only because its paper is sent to other bodies (主送) or because a department is the
/// subject of its clause (县文旅局…开展…评定) fires again when both hold:
/// <list type="bullet">
/// <item>the campaign's own unit is a village: in the match, or right after it, a village word (村, 社区) heads the campaign's
/// name and is followed by a campaign act ([campaign_units.acts]: 创建, 建设, 评定, 试点 …), or stands right after 创建/争创
/// (创建…示范社区); the general 农村 is no unit;</item>
/// <item>another sentence of the description names the villages taking part (推荐2个社区, 选定不少于2个村, 组织所辖村参评).</item>
/// </list>
/// Not in a reply, a report or minutes, nor in a paper that refuses or stops a campaign ([campaign_units.refusals]).
/// What it never does: touch a match naming no village unit (幸福院星级评定 rates a facility), a match that is negated,
/// part of a name, or in a part that is not operative for another reason (a question, a report), or a paper whose description
/// names no village.
/// </summary>
internal static class CampaignUnits
{
    private static readonly string[] Acts = RecognitionCues.Instance.List("campaign_units.acts");
    private static readonly string[] Creating = RecognitionCues.Instance.List("campaign_units.creating");
    private static readonly string[] Units = ["社区", "村"];
    private static readonly string[] Refusals = RecognitionCues.Instance.List("campaign_units.refusals");

    // …示范社区创建, “无废乡村”试点创建: the characters a quote mark may take between the unit and the act.
    private const int ActReach = 1;
    // 创建…示范社区: the characters between the creating verb and the unit.
    private const int NameReach = 10;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading? document)
    {
        // A reply, a report or minutes launches no campaign; nor does a paper that refuses or stops one
        // ([campaign_units.refusals]: 不予准入, 停止开展 …).
        if (document is null || document.NotTask is not null || document.Genre is not null
            || readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { } description
            || readings.Any(r => Refusals.Any(w => r.Text.Text.Contains(w, StringComparison.Ordinal)))
            || !hits.Any(h => h.Entry.Family == LexiconFamilies.Demonstration && !h.Verdict.Fires))
        {
            return;
        }
        // A title is read with its description: a description whose campaign is refused, asked about or disowned (不予准入,
        // 村里必须参加…创建吗？答：不是) leaves the title's campaign quiet.
        var titleOpen = !hits.Any(h => h.Field == TitleContext.Description && h.Entry.Family == LexiconFamilies.Demonstration && !h.Verdict.Fires && !Reopenable(h.Verdict));
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Entry.Family != LexiconFamilies.Demonstration || hit.Verdict.Fires || !Reopenable(hit.Verdict)
                || hit.Field == TitleContext.Title && !titleOpen
                // (phase 34) 经乡党委研究，…“星级村”评定…，自即日起停止执行: quiet by its clause's body, but in a part the paper
                // withdraws — not reopened.
                || hit.Spans.Count > 0 && document.NotOperativeAt(hit.Field, hit.Spans[0].Start) is not null
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || Unit(field.Text.Source, hit) is not { } unit
                || !VillagesTakePart(description, hit.Field == TitleContext.Description ? hit.Spans[0].Start : -1))
            {
                continue;
            }
            hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, unit) };
        }
    }

    /// <summary>Quiet only because the paper is sent to other bodies or a department is its clause's subject.</summary>
    private static bool Reopenable(HitVerdict verdict) =>
        verdict.Reason == VerdictReason.NotOperative && verdict.Cue?.StartsWith("主送：", StringComparison.Ordinal) == true
        || verdict.Reason == VerdictReason.OtherActor && verdict.Cue is { } body && IsBody(body);

    /// <summary>A department or a township (县文旅局, 区民政局, 各镇), not a private person or a pronoun.</summary>
    private static bool IsBody(string cue) =>
        !RecognitionCues.Instance.Private.Contains(cue) && RecognitionCues.Instance.BodySuffixes.Any(s => cue.EndsWith(s, StringComparison.Ordinal));

    /// <summary>The campaign's name headed by a village unit (示范社区创建, 健康村建设), or null.</summary>
    internal static string? Unit(string source, RecognitionHit hit)
    {
        var start = hit.Spans.Min(s => s.Start);
        var end = Math.Min(source.Length, hit.Spans.Max(s => s.Start + s.Length));
        var words = source[start..Math.Min(source.Length, end + ActReach + Acts.Max(a => a.Length))];
        var matched = end - start;
        foreach (var unit in Units)
        {
            for (var at = words.IndexOf(unit, StringComparison.Ordinal); at >= 0 && at < matched; at = words.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
            {
                var after = words[(at + unit.Length)..];
                var gap = after.Length > 0 && after[0] is '”' or '"' or '」' or '’' ? 1 : 0;
                // 农村, and 乡村 unless quoted as a conferred name (“无废乡村”): the countryside, not a unit (数字乡村建设).
                if (unit == "村" && at > 0 && (words[at - 1] == '农' || words[at - 1] == '乡' && gap == 0))
                {
                    continue;
                }
                if (Acts.Any(a => after.AsSpan(gap).StartsWith(a, StringComparison.Ordinal)))
                {
                    return words[..Math.Min(words.Length, at + unit.Length + gap + Acts.First(a => after.AsSpan(gap).StartsWith(a, StringComparison.Ordinal)).Length)];
                }
                var before = words[Math.Max(0, at - NameReach - 2)..at];
                if (Creating.FirstOrDefault(c => before.Contains(c, StringComparison.Ordinal)) is { } verb
                    && !before[(before.LastIndexOf(verb, StringComparison.Ordinal) + verb.Length)..].Any(c => c is '，' or ',' or '、' or '。' or '；'))
                {
                    return words[..(at + unit.Length)];
                }
            }
        }
        return null;
    }

    /// <summary>Whether a clause of the description other than the match's names the villages (推荐2个社区, 所辖村).</summary>
    private static bool VillagesTakePart(FieldReading description, int matchStart)
    {
        var own = matchStart >= 0 ? DocumentText.ClauseAtSource(description, matchStart) : -1;
        for (var k = 0; k < description.Clauses.Count; k++)
        {
            if (k != own && description.Reader.Mentions(k).Any(m => m.Kind == ActorKind.Village))
            {
                return true;
            }
        }
        return false;
    }
}
