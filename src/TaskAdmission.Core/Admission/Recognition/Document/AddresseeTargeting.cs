using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (recall) In a notice addressed to the villages: rankings and check-ins run on them, a requester's demand performed by
/// whom a later 由-clause names, a team the notice has the villages form.
/// </summary>
internal static class AddresseeTargeting
{
    /// <summary>
    /// (recall) A notice addressed to the villages (各村：) whose sentence has another body rank, score or check them
    /// (镇党建办对各村…积分每月排名通报, 乡防汛办视频连线对各村值班室抽查): the ranking or check-in is run on its addressees.
    /// Only where the sentence names the villages, not to negate them, and the runner is a body, not a private person.
    /// </summary>
    internal static void TargetAddressees(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading document, string? issuer)
    {
        List<string>? teams = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Spans.Count == 0 || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field || document.NotOperativeAt(hit.Field, hit.Spans[0].Start) is not null)
            {
                continue;
            }
            // 积分情况每月排名通报 in a notice the 镇党建办 signs and sends to 各村党支部: the issuer ranks its addressees, when
            // the sentence names no one else it could rank.
            if (RunOnAddressees(hit) && (DocumentText.SentenceNamesVillages(field, hit.Spans[0].Start)
                || hit.Entry.Family == LexiconFamilies.Assessment && hit.Verdict.Cue == issuer && SentenceNamesOnly(field, hit.Spans[0].Start, issuer)))
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageTargeted, $"主送：{document.AddresseeLine}") };
            }
            // 县指挥部要求，…附属物拆除以及交付净地，由所在村全面负责组织实施 — the requester's demand, performed by whom a later
            // clause names with 由.
            else if (GivenOn(hit) && GivenLater(field, hit.Spans[0].Start) is { } village)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, village) };
            }
            // 各村要组建控违巡查队…巡查队可以暂扣… — a team the notice has the villages form acts for them.
            else if (GivenOn(hit) && hit.Verdict.Cue is { } team && (teams ??= VillageTeams(readings)).FirstOrDefault(t => team.EndsWith(t, StringComparison.Ordinal)) is { } formed)
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.VillageActs, formed) };
            }
        }
    }

    private static readonly string[] ReceivingVerbs = RecognitionCues.Instance.List("addressee_targeting.receiving_verbs");
    private static readonly string[] ReceivingAdverbs = RecognitionCues.Instance.List("addressee_targeting.receiving_adverbs");
    private const int ReceiverReach = 6;

    /// <summary>
    /// (phase 13, recall) A check-in or photo proof given to another body that only receives it — the body counts, collects,
    /// keeps or checks it (截图汇总由镇农办保存备查, 镇办每晚统计发照片数量) — is made by the villages its sentence names: the
    /// village the sentence names, with the body's verb, or null. Not where the sentence names no village (区网格中心每日
    /// 抽查系统记录 in a notice about the centre's own staff).
    /// </summary>
    internal static string? Receiver(FieldReading field, RecognitionHit hit)
    {
        if (hit.Verdict is not { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } body } || hit.Entry.Family != LexiconFamilies.AppCheckIn
            || RecognitionCues.Instance.Private.Contains(body))
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0 || field.Reader.Mentions(k).FirstOrDefault(m => m.Text == body) is not { Text: not null } mention)
        {
            return null;
        }
        var text = field.Text.Text;
        if (ReceivingVerb(text, mention.End, field.Clauses[k].End) is not { } verb)
        {
            return null;
        }
        // The villages the sentence names (镇办每晚统计发照片数量，…晒各村进度), not named to be exempted (村里不用发照片).
        var cues = RecognitionCues.Instance;
        for (var c = 0; c < field.Clauses.Count; c++)
        {
            if (field.Clauses[c].Sentence != field.Clauses[k].Sentence)
            {
                continue;
            }
            foreach (var village in field.Reader.Mentions(c).Where(m => m.Kind == ActorKind.Village))
            {
                if (ClauseScope.MentionNegated(text, field.Clauses[c], village, cues) is null && ClauseScope.SubjectNegated(field.Reader, c, cues) is null
                    && Agency.Negation(text, field.Clauses[c].Start, field.Clauses[c].End, village.Start, village.End, cues) is null)
                {
                    return $"{village.Text}（{body}{verb}）";
                }
            }
        }
        return null;
    }

    /// <summary>The receiving verb (统计, 汇总, 保存 …) that the words from <paramref name="from"/> open with, after time and manner words, or null.</summary>
    internal static string? ReceivingVerb(string text, int from, int clauseEnd)
    {
        var after = ClauseScope.WithoutLeading(text[from..Math.Min(clauseEnd, from + ReceiverReach + 4)], ReceivingAdverbs);
        return ReceivingVerbs.FirstOrDefault(v => after.StartsWith(v, StringComparison.Ordinal));
    }

    internal static readonly string[] FormingVerbs = RecognitionCues.Instance.List("addressee_targeting.forming_verbs");
    internal static readonly string[] TeamSuffixes = RecognitionCues.Instance.List("addressee_targeting.team_suffixes");
    internal const int TeamReach = 16;

    /// <summary>
    /// The teams the notice has the villages form (各村要在本月内组建5至8人的控违巡查队; a title 关于组建村级…巡查队): a
    /// forming verb whose clause names the villages before it, or 村级 before the team, and the team's head word (巡查队).
    /// </summary>
    internal static List<string> VillageTeams(IReadOnlyList<FieldReading> readings)
    {
        var cues = RecognitionCues.Instance;
        var teams = new List<string>();
        foreach (var field in readings)
        {
            var text = field.Text.Text;
            foreach (var verb in FormingVerbs)
            {
                for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
                {
                    var k = field.ClauseAt(at);
                    if (k < 0)
                    {
                        continue;
                    }
                    var clause = field.Clauses[k];
                    var after = text[(at + verb.Length)..Math.Min(clause.End, at + verb.Length + TeamReach)];
                    var villageBefore = field.Reader.Mentions(k).Any(m => m.Kind == ActorKind.Village && m.End <= at && cues.Village.Contains(m.Text));
                    foreach (var suffix in TeamSuffixes)
                    {
                        var end = after.IndexOf(suffix, StringComparison.Ordinal);
                        if (end >= 2 && (villageBefore || after[..end].Contains("村级", StringComparison.Ordinal)))
                        {
                            teams.Add(after[(end - 2)..(end + suffix.Length)]);
                            break;
                        }
                    }
                }
            }
        }
        return teams;
    }

    internal static bool GivenOn(RecognitionHit hit) =>
        hit.Verdict is { Fires: false, Reason: VerdictReason.OtherActor } && hit.Entry.Target is RecogniserTarget.ProhibitedWork;

    /// <summary>The village a later clause of the hit's sentence opens with 由 (…，由所在村全面负责组织实施), or null.</summary>
    internal static string? GivenLater(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var cues = RecognitionCues.Instance;
        for (var c = k + 1; c < field.Clauses.Count && field.Clauses[c].Sentence == field.Clauses[k].Sentence; c++)
        {
            var clause = field.Clauses[c];
            var words = text[clause.Start..clause.End].TrimStart();
            var lead = clause.End - clause.Start - words.Length + clause.Start;
            if (!words.StartsWith('由'))
            {
                continue;
            }
            var first = field.Reader.Mentions(c).FirstOrDefault();
            return first is { Kind: ActorKind.Village, Text: not null } && first.Start <= lead + 1 + 2
                && Agency.Negation(text, clause.Start, clause.End, first.Start, first.End, cues) is null ? first.Text : null;
        }
        return null;
    }

    /// <summary>Whether the sentence holding the offset names no actor but <paramref name="runner"/>.</summary>
    internal static bool SentenceNamesOnly(FieldReading field, int sourceStart, string? runner)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return false;
        }
        for (var c = 0; c < field.Clauses.Count; c++)
        {
            if (field.Clauses[c].Sentence == field.Clauses[k].Sentence && field.Reader.Mentions(c).Any(m => m.Text != runner))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool RunOnAddressees(RecognitionHit hit) =>
        hit.Verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } runner } && hit.Entry.Target == RecogniserTarget.RuleFamily
        && hit.Entry.Family is LexiconFamilies.Assessment or LexiconFamilies.AppCheckIn && !RecognitionCues.Instance.Private.Contains(runner);
}
