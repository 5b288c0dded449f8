using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 27) Who makes the check-in. An approver: "a check-in burdens whoever has to take the photo or sign in. 游客拍照打卡
/// is the tourists' own; 督查组工作人员…在红岩村现场拍摄了照…片 is the inspectors' record of their visit — the village is where
/// they stood; 我们…把各村的填报页…面截图存档，截图由我们这边…做，村里不用截图 says in so many words who screenshots and who does
/// not." Three readings, each only for a firing check-in (<see cref="LexiconFamilies.AppCheckIn"/>):
/// <list type="bullet">
/// <item>A private person ([private]: 游客, 市民 …) standing right before the check-in, with no asking or organising verb
/// before the person and no village joined to it as a second subject, is its doer.</item>
/// <item>A body that is not a village, opening the clause as its subject, that does the check-in itself in the villages
/// (every village of the clause after a place word: 在, 到, 去, 赴), with no asking, organising or handing verb between it
/// and the check-in, is its doer.</item>
/// <item>A check-in aimed at the villages only because its clause names them is the other body's when its sentence also
/// gives the same act by 由 to that body and the paper says the village does not do it (a negated match naming the
/// village), and no match of the paper puts the same act on the villages as their doer.</item>
/// </list>
/// What none of them does: quiet a check-in demanded in its clause (a modal, 请, 每天/每日), one a village is named to make
/// (各村组织游客打卡, 村干部和游客一起拍照打卡, 督查组要求红岩村现场拍摄, 镇里在各村推行定位打卡), or one of a paper that
/// also puts the same act on the villages by name.
/// </summary>
internal static class CheckInDoers
{
    private static readonly string[] PlaceLeads = RecognitionCues.Instance.List("check_in_doers.place_leads");
    private static readonly string[] Recurring = RecognitionCues.Instance.List("own_check_ins.recurring");
    private static readonly string[] Joins = RecognitionCues.Instance.List("check_in_doers.joins");
    private static readonly string[] Imposing = RecognitionCues.Instance.List("check_in_doers.imposing");
    private static readonly string[] PlaceScopes = RecognitionCues.Instance.List("check_in_doers.place_scopes");

    // 游客拍照打卡, 游客观鸟"打卡": the few characters between the person and the check-in.
    private const int PersonReach = 4;
    // 在红岩村, 在杏林|村: the characters between a place word and the village word.
    private const int PlaceReach = 4;
    // (phase 36) 到全县22个|村史馆: the characters between a place word and a body or village the invited public goes to.
    private const int InvitedPlaceReach = 8;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (!hits.Any(h => h.Verdict.Fires && h.Entry.Family == LexiconFamilies.AppCheckIn))
        {
            return;
        }
        var cues = RecognitionCues.Instance;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Entry.Family != LexiconFamilies.AppCheckIn || !hit.Verdict.Fires
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
            {
                continue;
            }
            var text = field.Text.Text;
            var clause = field.Clauses[k];
            var at = DocumentText.AtSource(field, k, hit.Spans.Min(s => s.Start));
            var words = text[clause.Start..clause.End];
            if (at < clause.Start || Recurring.Any(w => words.Contains(w, StringComparison.Ordinal)) || words.TrimStart().StartsWith('请')
                || Agency.ModalBefore(text, clause.Start, clause.End) is not null)
            {
                continue;
            }
            if ((PersonBefore(field, k, at, cues) ?? PersonInvited(field, k, at, cues) ?? BodyInVillages(field, k, at, cues)
                    ?? (hit.Verdict.Reason == VerdictReason.VillageTargeted ? SaidWhoDoes(hits, hit, field, k) : null)
                    ?? (hit.Verdict.Reason == VerdictReason.NoOtherActor ? StaffAtOffice(field, k, at) : null)) is { } doer)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, doer) };
            }
        }
        PublicTitle(hits, readings);
    }

    /// <summary>
    /// (phase 36) 下湾村儿童之家“暑期阅读打卡”活动通知 over 凡…的小朋友，可以…打卡: the title's check-in is judged with the
    /// description (<see cref="TitleContext"/>) before the description's doers are read here; once every match of the same entry
    /// in the description is a private person's own, the title's is theirs too, on the title context's own terms
    /// (<see cref="TitleContext.PublicCheckIn"/>: a title naming the village's people or the villages as such keeps its reading).
    /// </summary>
    private static void PublicTitle(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Title) is not { } title)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit is not { Field: TitleContext.Title, Verdict.Fires: true } || hit.Entry.Family != LexiconFamilies.AppCheckIn)
            {
                continue;
            }
            var verdicts = hits.Where(h => h.Field == TitleContext.Description && h.Entry == hit.Entry).Select(h => h.Verdict).ToList();
            if (verdicts.Count > 0 && TitleContext.PublicCheckIn(hit.Entry, verdicts, title))
            {
                hits[i] = hit with { Verdict = verdicts[0] };
            }
        }
    }

    /// <summary>The private person standing right before the check-in as its doer (游客拍照打卡), or null.</summary>
    private static string? PersonBefore(FieldReading field, int k, int at, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var mentions = field.Reader.Mentions(k);
        var lead = text[Math.Max(clause.Start, at - PersonReach - Longest(cues.Private))..at];
        foreach (var person in cues.Private.OrderByDescending(p => p.Length))
        {
            var found = lead.LastIndexOf(person, StringComparison.Ordinal);
            if (found < 0 || lead.Length - found - person.Length > PersonReach)
            {
                continue;
            }
            var start = at - lead.Length + found;
            var gap = lead[(found + person.Length)..];
            if (gap.Any(c => c is ',' or '，' or '、' or ';' or '；' or '。' or ':' or '：') || mentions.Any(m => m.Kind != ActorKind.Private && m.End > start + person.Length && m.Start < at))
            {
                return null;
            }
            var before = text[clause.Start..start];
            // (phase 36) 到辖区各户打卡巡查: a household after a place word is where the check-in is made, not who makes it.
            if (PlaceLeads.Any(p => ClauseScope.WithoutTrailing(before, PlaceScopes).EndsWith(p, StringComparison.Ordinal)))
            {
                return null;
            }
            // 各村组织游客打卡, 要求游客…: whoever asks or organises the persons does the work ([delegation], [organising]).
            if (cues.Delegation.Concat(cues.Organising).Concat(Imposing).Any(v => before.EndsWith(v, StringComparison.Ordinal)))
            {
                return null;
            }
            // 村干部和游客一起拍照打卡: a village joined to the person is a second subject.
            if (Joins.FirstOrDefault(j => before.EndsWith(j, StringComparison.Ordinal)) is { } join
                && mentions.Any(m => m.Kind == ActorKind.Village && m.End == start - join.Length))
            {
                return null;
            }
            return person;
        }
        return null;
    }

    private static int Longest(IEnumerable<string> words) => words.Max(w => w.Length);

    private static readonly string[] StaffSubjects = RecognitionCues.Instance.List("check_in_doers.staff_subjects");
    // 在乡党委组织办|签到: the characters between the office's name and the check-in.
    private const int OfficeReach = 2;
    // The longest office's name read so (乡党委组织办, 镇政府党政办).
    private const int OfficeName = 12;

    /// <summary>
    /// (phase 32) 队员考勤到镇党政办签到: people who are no village's ([check_in_doers.staff_subjects]: a work team's
    /// members, an office's staff) opening the clause sign in at another body's office named right before the check-in after a
    /// place word (在, 到): the attendance is that office's record of the people it manages, no check-in put on the village. The
    /// clause names no village and no private person. The office, or null. 村干部每天到镇政府签到 names the village's cadres and
    /// keeps its reading, and a clause with no one opening it (每天到镇政府签到) is not read so.
    /// </summary>
    private static string? StaffAtOffice(FieldReading field, int k, int at)
    {
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var mentions = field.Reader.Mentions(k);
        if (mentions.Any(m => m.Kind != ActorKind.Other))
        {
            return null;
        }
        var opening = text[clause.Start..at];
        opening = opening[DocumentText.LeadLength(opening)..].TrimStart();
        if (!StaffSubjects.Any(s => opening.StartsWith(s, StringComparison.Ordinal)))
        {
            return null;
        }
        // 在|乡党委组织办|签到: the office's name runs from a body named right after the place word to one ending right before
        // the check-in (the reader may cut it: 乡党委 组织 办), Chinese only between.
        if (mentions.LastOrDefault(m => m.End <= at && at - m.End <= OfficeReach) is not { Text: not null } last
            || mentions.FirstOrDefault(m => m.Start >= clause.Start + 1 && m.End <= last.End
                && PlaceLeads.Any(p => text.AsSpan(clause.Start, m.Start - clause.Start).EndsWith(p, StringComparison.Ordinal))) is not { Text: not null } office
            || last.End - office.Start > OfficeName || !text.AsSpan(office.Start, last.End - office.Start).ToString().All(TextNormaliser.IsChinese))
        {
            return null;
        }
        return text[office.Start..last.End];
    }

    private static readonly string[] Permissions = RecognitionCues.Instance.List("check_in_doers.permissions");
    private static readonly string[] ExampleLeads = RecognitionCues.Instance.List("check_in_doers.example_leads");

    /// <summary>
    /// (phase 28) The private person a sentence opens with and lets act (市民可前往…点（如石桥村、白鹭村等），在…旁拍照打卡): the
    /// public invited to a check-in of their own, in a later clause of the same sentence. Every village between the person and
    /// the check-in only says where — after a place word, or an example in a bracket opening with 如 of the noun before it —
    /// and no asking, organising, handing or assisting word stands between. Not a village named as a doer (市民可…，村干部每天
    /// 拍照打卡; …，由各村拍照上传), nor a person the sentence does not open with (请各村组织市民…).
    /// <para>(phase 36) A body named between only says where too when a place word leads it (游客可在各乡镇文化站领取…手册，到…
    /// 村史馆打卡: the booklet is fetched at the station); and the person may be defined first (凡在儿童之家读完一本书的小朋友，
    /// 可以…盖章打卡; 凡参加健身跑的市民可…签到): whoever does so may check in.</para>
    /// </summary>
    private static string? PersonInvited(FieldReading field, int k, int at, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var clauses = field.Clauses;
        var first = k;
        while (first > 0 && clauses[first - 1].Sentence == clauses[k].Sentence)
        {
            first--;
        }
        var opening = text[clauses[first].Start..clauses[first].End];
        opening = opening[DocumentText.LeadLength(opening)..].TrimStart();
        var offset = clauses[first].End - opening.Length;
        if (OpeningPerson(opening, first < k ? text[clauses[first + 1].Start..clauses[first + 1].End].TrimStart() : null, cues) is not var (person, personAt))
        {
            return null;
        }
        var after = offset + personAt + person.Length;
        var between = text[after..at];
        if (between.Contains('由') || cues.Delegation.Concat(cues.Organising).Concat(cues.HandedTo).Concat(Imposing).Concat(cues.Assisting)
                .Any(v => v.Length >= 2 && between.Contains(v, StringComparison.Ordinal)))
        {
            return null;
        }
        for (var c = first; c <= k; c++)
        {
            foreach (var m in field.Reader.Mentions(c).Where(m => m.Start >= after && m.Start < at && m.Kind != ActorKind.Private))
            {
                if (!(m.Kind == ActorKind.Village && InExamples(text, m.Start) || AfterPlace(text, after, m.Start)))
                {
                    return null;
                }
            }
        }
        return person;
    }

    private static readonly string[] DefiningLeads = RecognitionCues.Instance.List("check_in_doers.defining_leads");

    /// <summary>
    /// The private person the sentence's opening clause names as the one let act, and where it stands in the clause: the
    /// clause opens with the person (市民可…), or (phase 36) defines the person after 凡 (凡…的小朋友，可以…; 凡参加…的市民可…) —
    /// a word of permission right after the person or opening the next clause. Null otherwise.
    /// </summary>
    private static (string Person, int At)? OpeningPerson(string opening, string? next, RecognitionCues cues)
    {
        var persons = cues.Private.OrderByDescending(p => p.Length);
        if (persons.FirstOrDefault(p => opening.StartsWith(p, StringComparison.Ordinal)) is { } leading)
        {
            return Permissions.Any(w => opening.AsSpan(leading.Length).StartsWith(w, StringComparison.Ordinal)) ? (leading, 0) : null;
        }
        if (!DefiningLeads.Any(l => opening.StartsWith(l, StringComparison.Ordinal)))
        {
            return null;
        }
        foreach (var person in persons)
        {
            var at = opening.IndexOf("的" + person, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var end = at + 1 + person.Length;
            var rest = opening[end..];
            if (Permissions.Any(w => rest.StartsWith(w, StringComparison.Ordinal))
                || rest.Trim().Length == 0 && next is not null && Permissions.Any(w => next.StartsWith(w, StringComparison.Ordinal)))
            {
                return (person, at + 1);
            }
        }
        return null;
    }

    // （如石桥村、白鹭村等）: a bracket opening with an example lead, still open at the offset.
    private static bool InExamples(string text, int at)
    {
        var open = text.LastIndexOfAny(['(', '（'], Math.Max(0, at - 1));
        var close = open < 0 ? -1 : text.IndexOfAny([')', '）'], open);
        return open >= 0 && (close < 0 || close > at) && ExampleLeads.Any(l => string.CompareOrdinal(text, open + 1, l, 0, l.Length) == 0)
            && !text[open..at].Contains('。');
    }

    // 前往石桥村, 到白鹭村: a place word within a few characters before the village, nothing cutting in. (phase 36) 到全县22个
    // 村史馆, 在各乡镇文化站: a count or a scope may stand between.
    private static bool AfterPlace(string text, int from, int at)
    {
        var lead = text[Math.Max(from, at - InvitedPlaceReach - 1)..at];
        var place = PlaceLeads.Select(p => lead.LastIndexOf(p, StringComparison.Ordinal)).Max();
        return place >= 0 && !lead[place..].Any(c => c is ',' or '，' or '、' or '和' or '及' or ';' or ':' or '。');
    }

    /// <summary>
    /// The body opening the clause that does the check-in itself in the villages (督查组工作人员…在红岩村、瓦窑村现场拍摄…了照片),
    /// or null.
    /// </summary>
    private static string? BodyInVillages(FieldReading field, int k, int at, RecognitionCues cues)
    {
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var mentions = field.Reader.Mentions(k).Where(m => m.End <= at).OrderBy(m => m.Start).ToList();
        if (mentions.Count < 2 || mentions[0] is not { Kind: ActorKind.Other } body
            || text[clause.Start..body.Start] is var prefix && prefix.Length > DocumentText.LeadLength(prefix))
        {
            return null;
        }
        var villages = field.Reader.Mentions(k).Where(m => m.Kind == ActorKind.Village).ToList();
        if (villages.Count == 0 || villages.Any(v => v.Start < body.End || v.End > at))
        {
            return null;
        }
        var between = text[body.End..at];
        if (cues.Delegation.Concat(cues.Organising).Concat(cues.HandedTo).Concat(Imposing).Concat(cues.Assisting).Any(v => between.Contains(v, StringComparison.Ordinal)))
        {
            return null;
        }
        // Every village after a place word, or listed right after one that is (在红岩村、瓦窑村).
        var placeEnd = -1;
        foreach (var village in villages)
        {
            var lead = text[Math.Max(body.End, village.Start - PlaceReach - 1)..village.Start];
            var place = PlaceLeads.Select(p => lead.LastIndexOf(p, StringComparison.Ordinal)).Max();
            if (place >= 0 && !lead[place..].Any(c => c is ',' or '，' or '、' or '和' or '及'))
            {
                placeEnd = village.End;
            }
            else if (placeEnd >= 0 && text[placeEnd..village.Start] is "、" or "和" or "及" or "与")
            {
                placeEnd = village.End;
            }
            else
            {
                return null;
            }
        }
        return body.Text;
    }

    /// <summary>
    /// The body a sentence gives the same act to by 由 (截图由我们这边…做) when the paper also says the village does not do it
    /// (村里不用截图), or null.
    /// </summary>
    private static string? SaidWhoDoes(List<RecognitionHit> hits, RecognitionHit hit, FieldReading field, int k)
    {
        var sentence = field.Clauses[k].Sentence;
        bool SameAct(RecognitionHit other) => other.Entry == hit.Entry || string.Equals(other.Entry.Code, hit.Entry.Code, StringComparison.Ordinal);
        bool InSentence(RecognitionHit other) => other.Field == hit.Field && DocumentText.ClauseAtSource(field, other.Spans[0].Start) is >= 0 and var c
            && field.Clauses[c].Sentence == sentence;
        if (hits.Any(h => SameAct(h) && h.Verdict is { Fires: true, Reason: VerdictReason.VillageActs })
            || !hits.Any(h => SameAct(h) && h.Verdict is { Reason: VerdictReason.Negated, NamesVillage: true }))
        {
            return null;
        }
        return hits.FirstOrDefault(h => SameAct(h) && InSentence(h) && h.Verdict is { Fires: false, Reason: VerdictReason.OtherActor, Cue: not null }
            && DocumentText.ClauseAtSource(field, h.Spans[0].Start) is >= 0 and var c
            && field.Text.Text[field.Clauses[c].Start..field.Clauses[c].End].Contains('由'))?.Verdict.Cue;
    }
}
