using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 23) The public's own check-in. An approver: "a check-in is banned when it is demanded of the village or its staff as
/// proof of work; tourists checking in at a village, workers or readers checking in at an activity they join of their own
/// choice do it for themselves." When the paper names private persons as the ones who check in (a check-in whose subject is
/// such a person: 游客扫码打卡) or as joining by their own choice (职工自愿报名, 读者自愿参加; (phase 32) or invited to an
/// activity: 吸引市民参与, 欢迎游客参加 — [own_check_ins.inviting]), a check-in for which its
/// sentences name no one else — no village, or a village only as the place it is made at (来茶园村打卡吧, 在柏林村举办
/// “…打卡季”活动: the reader may have taken that village for the doer or the target) — is theirs.
/// <para>What it never does: quiet a check-in a village or its staff are named to make (各村每天上报志愿者打卡截图, 由村干部截图上报),
/// one naming no one in a paper addressed to the villages (各村：…每天在APP打卡), one its clause demands (请到村委会打卡签到,
/// 须…打卡), one that recurs
/// in its own clause (每天到村部打卡), or any check-in of a paper that sets each village a floor (自愿报名，但每村不少于20人).</para>
/// </summary>
internal static class OwnCheckIns
{
    private static readonly string[] PlaceLeads = RecognitionCues.Instance.List("own_check_ins.place_leads");
    private static readonly string[] Recurring = RecognitionCues.Instance.List("own_check_ins.recurring");
    private static readonly string[] VillageWords = ["村", "社区"];
    private const int PlaceReach = 8;
    private const int ChoiceReach = 3;
    private static readonly string[] Inviting = RecognitionCues.Instance.List("own_check_ins.inviting");

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading? document)
    {
        // A paper addressed to the villages runs what names no one on its addressees.
        var addressedToVillages = document?.Addressed == DocumentReading.Addressee.Villages;
        if (!hits.Any(h => h.Verdict.Fires && h.Entry.Family == LexiconFamilies.AppCheckIn)
            || readings.Any(r => ClauseScope.QuotaPerVillage(r.Text.Text, 0, r.Text.Text.Length) is not null)
            || (PersonsCheckingIn(hits) ?? PersonsChoosing(readings)) is not { } persons)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Entry.Family != LexiconFamilies.AppCheckIn || hit.Verdict is not { Fires: true, Reason: VerdictReason.NoOtherActor or VerdictReason.VillageTargeted or VerdictReason.VillageActs }
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
            {
                continue;
            }
            var clause = field.Clauses[k];
            var words = field.Text.Text[clause.Start..clause.End];
            // 请到村委会打卡签到, 须每天在APP打卡: a clause that demands the check-in asks it of the paper's addressees, not
            // of the public it invites (来茶园村打卡吧).
            if (Recurring.Any(w => words.Contains(w, StringComparison.Ordinal))
                || words.TrimStart().StartsWith('请') || Agency.ModalBefore(field.Text.Text, clause.Start, clause.End) is not null
                || (hit.Verdict.Reason == VerdictReason.NoOtherActor ? addressedToVillages : !VillagesArePlaces(field, k, hit)))
            {
                continue;
            }
            hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, persons) };
        }
    }

    /// <summary>The private person a quiet check-in of the paper belongs to (游客扫码打卡), or null.</summary>
    private static string? PersonsCheckingIn(List<RecognitionHit> hits) =>
        hits.FirstOrDefault(h => h.Entry.Family == LexiconFamilies.AppCheckIn && h.Verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: { } cue }
            && RecognitionCues.Instance.Private.Contains(cue))?.Verdict.Cue;

    /// <summary>A private person the paper says joins by choice (职工自愿报名, 读者均自愿参加): the person and the word, or null.</summary>
    private static string? PersonsChoosing(IReadOnlyList<FieldReading> readings)
    {
        var cues = RecognitionCues.Instance;
        foreach (var reading in readings)
        {
            var text = reading.Text.Text;
            foreach (var person in cues.Private)
            {
                for (var at = text.IndexOf(person, StringComparison.Ordinal); at >= 0; at = text.IndexOf(person, at + person.Length, StringComparison.Ordinal))
                {
                    // (phase 32) 吸引市民参与, 欢迎游客参加: the public invited to join comes of its own choice.
                    if (Inviting.FirstOrDefault(v => text.AsSpan(0, at).EndsWith(v, StringComparison.Ordinal)) is { } invited)
                    {
                        return invited + person;
                    }
                    var after = at + person.Length;
                    var rest = text.Substring(after, Math.Min(ChoiceReach + 4, text.Length - after));
                    // 本人自愿接受组织处理: 自愿 before a penalty is a pledge's words, not a choice ([self_penalty], as ClauseScope.Voluntary).
                    if (cues.Voluntary.FirstOrDefault(v => rest.IndexOf(v, StringComparison.Ordinal) is >= 0 and <= ChoiceReach) is { } choice
                        && !cues.SelfPenalty.Any(p => rest.Contains(choice + p, StringComparison.Ordinal)))
                    {
                        return person + choice;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Whether every village word of the clause outside the match (村, 社区, as written: a name the reader read as the
    /// village's work counts too) is the place something is made at: a word of going or being at ([own_check_ins.place_leads]:
    /// 来, 到, 在) shortly before it with no punctuation between (来柳林镇茶园村打卡, 在柏林村古枫林举办).
    /// </summary>
    private static bool VillagesArePlaces(FieldReading field, int clauseIndex, RecognitionHit hit)
    {
        var text = field.Text.Text;
        var clause = field.Clauses[clauseIndex];
        // The match's spans are source offsets: a village word is compared by its own.
        var (hitStart, hitEnd) = (hit.Spans.Min(s => s.Start), hit.Spans.Max(s => s.Start + s.Length));
        var villages = VillageWords.SelectMany(w => Occurrences(text, w, clause.Start, clause.End))
            .Where(at => field.Text.ToSource(at, at + 1).Start is var source && (source < hitStart || source >= hitEnd)).ToList();
        return villages.Count > 0 && villages.All(at =>
        {
            var before = text[Math.Max(clause.Start, at - PlaceReach)..at];
            return PlaceLeads.Any(l => before.Contains(l, StringComparison.Ordinal)) && before.IndexOfAny([',', '，', '、', '；', ';', '。']) < 0;
        });
    }

    private static IEnumerable<int> Occurrences(string text, string word, int from, int to)
    {
        for (var at = text.IndexOf(word, from, to - from, StringComparison.Ordinal); at >= 0 && at + word.Length <= to;
             at = at + word.Length < to ? text.IndexOf(word, at + word.Length, to - at - word.Length, StringComparison.Ordinal) : -1)
        {
            yield return at;
        }
    }
    /// <summary>
    /// (phase 34) A check-in offered with a reward to whoever makes it (扫码打卡即可领取纪念品, 签到后可参加抽奖, 集齐打卡章可兑换
    /// 礼品): an invitation to the public taking part, nobody's duty. The reward follows the check-in in its clause
    /// (<see cref="RewardAfter"/>); not in a sentence naming the villages or their people (各村组织村民扫码打卡…即可领取,
    /// 村干部打卡满勤可获得奖励), which keeps its reading.
    /// </summary>
    internal static string? Rewarded(FieldReading field, RecognitionHit hit)
    {
        if (DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k)
            || DocumentText.SentenceNamesVillages(field, hit.Spans[0].Start))
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var at = text.IndexOf(hit.MatchedText, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        // 沿途签到，集满签到章可兑换纪念品: the reward may follow in the sentence's next clause.
        var end = k + 1 < field.Clauses.Count && field.Clauses[k + 1].Sentence == clause.Sentence ? field.Clauses[k + 1].End : clause.End;
        var after = text[(at + hit.MatchedText.Length)..end];
        return RewardAfter.Match(after) is { Success: true } reward ? $"奖励参与者：{reward.Value}" : null;
    }

    // 即可领取环保袋, 后可参加抽奖, 可兑换纪念品: a few characters (后, 集章) then a word of being able to and a word of getting.
    private static readonly System.Text.RegularExpressions.Regex RewardAfter = new(
        @"^[^;。:]{0,10}?(?:即可|便可|就能|就可|均可|还可|可以|可)(?:免费)?(?:领取|获得|获赠|兑换|参加抽奖|参与抽奖|抽奖|领到)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
