using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 24) A village's own letter sent out of the village: its committee writes (the title opens with one village's name
/// and its committee, then 关于: 桂花村委会关于…), the paper is a letter, reply, explanation or report
/// ([village_letters.genres]: …的函, …的答复, …的情况说明), and it names whom it is sent to on its first line — a bank, a
/// school, an employer, a property company, the township, or the one person who applied (申请人王某：) — none of them a
/// village or the village's own people (各村民小组：, 本村各组长：, 全体村民：). An approver: "such a paper is the village's
/// answer, not a task: what it declines, explains or reports was asked of it by the one it writes to." The certificates
/// and work it names on the village (the paper asked of 我村, 村委会不予出具) are put on no one.
/// <para>Still read as they stand: a sentence telling of a higher level's demand it does not refuse (根据镇里要求，本村…),
/// a sentence that hands work to a village (请你村…, 本村各组长每天…) or consents (同意为其出具…). A township's paper about
/// the village's refusal, or one telling the villages what to produce, is no village's letter: its title opens with the
/// township.</para>
/// </summary>
internal static class VillageLetters
{
    private static readonly string[] Genres = RecognitionCues.Instance.List("village_letters.genres");
    private static readonly string[] Consents = RecognitionCues.Instance.List("village_letters.consents");
    private static readonly string[] Refusals = RecognitionCues.Instance.List("paper_direction.refusals");
    private static readonly string[] AddresseeWords = RecognitionCues.Instance.List("village_letters.addressee_words");
    private static readonly string[] ClassLeads = RecognitionCues.Instance.List("document_addressee.private_leads");
    private static readonly string[] PaperRefusals = RecognitionCues.Instance.List("village_letters.refusals");
    private static readonly string[] Compliances = RecognitionCues.Instance.List("village_letters.compliances");
    private static readonly string[] Ledgers = RecognitionCues.Instance.List("village_letters.ledgers");
    private static readonly string[] Received = RecognitionCues.Instance.List("document_scope.outside_demands");
    private static readonly string[] Minutes = RecognitionCues.Instance.List("paper_direction.minutes");
    private static readonly string[] Stops = RecognitionCues.Instance.List("village_letters.stops");
    private static readonly string[] MeetingsHeld = RecognitionCues.Instance.List("village_letters.meetings_held");
    private static readonly string[] Counts = RecognitionCues.Instance.List("village_letters.counts");
    private static readonly string[] Forced = RecognitionCues.Instance.List("village_letters.forced");
    private static readonly string[] Demanders = RecognitionCues.Instance.List("village_letters.demanders");

    /// <summary>The cue naming the letter (桂花村民委员会…回复函 → "村民委员会的回复函") and whether the paper refuses
    /// something anywhere, or null when the paper is not a village's own letter sent out of the village, nor (phase 25) its
    /// minutes that answer a demand or its ledger of the demands it received.</summary>
    internal static Answer? Of(FieldReading? title, FieldReading? description, DocumentReading.Addressee addressed, RecognitionCues cues)
    {
        if (title is null || description is null)
        {
            return null;
        }
        // (phase 26b) 桃溪村"两委"会议记录: quotes set a name off; they do not change it.
        var t = DocumentGenre.WithoutAsides(title.Text.Text.Trim()).Replace("\"", "", StringComparison.Ordinal);
        var d = description.Text.Text;
        if (DocumentScope.OneVillageNamed(t) is not { } at)
        {
            // (phase 27) 关于不予出具无…犯罪记录证明的…复函 … 长滩村民委员会: a letter whose title names no writer is the letter of the
            // one village that signs it.
            return t.StartsWith("关于", StringComparison.Ordinal) && Genres.Where(g => t.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length) is { } letter
                && DocumentScope.SignedByOneVillage(d) is { } signer && SentOut(d, cues)
                ? new Answer($"{signer}的{letter}", PaperRefusals.Any(r => d.Contains(r, StringComparison.Ordinal)))
                : null;
        }
        var refuses = PaperRefusals.Any(r => d.Contains(r, StringComparison.Ordinal));
        var committee = CommitteeAt(t, at, cues);
        if (committee is not null && string.CompareOrdinal(t, at + committee.Length, "关于", 0, 2) == 0
            && Genres.Where(g => t.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length) is { } genre
            && SentOut(d, cues))
        {
            return new Answer($"{committee}的{genre}", refuses);
        }
        if (addressed == DocumentReading.Addressee.Villages || !refuses && ReceivedLedger(t, at) is null)
        {
            return null;
        }
        // (phase 25) 柏溪村两委纪要: the village's own minutes, only when they refuse something — minutes that record a
        // township's order and decide to carry it out answer nothing.
        // (phase 26b) 桃溪村 + 两委联席会议 + 记录: or the record of one of its own meetings named after the committee.
        if (committee is not null && t[(at + committee.Length)..] is var rest
            && (Minutes.Any(m => rest == m || rest == "会" + m) || DocumentScope.OwnMeetingRecord(committee + rest) is not null))
        {
            return new Answer($"{committee}的{Minutes.FirstOrDefault(m => rest.EndsWith(m, StringComparison.Ordinal)) ?? DocumentScope.OwnMeetingRecord(committee + rest)}", refuses);
        }
        // (phase 25) 柳溪村上级交办事项登记台账: the village's ledger of the demands it received and how it handled each.
        return ReceivedLedger(t, at) is { } ledger ? new Answer($"{t[..(at + (t[at] == '村' ? 1 : 2))]}的{ledger}", refuses) : null;
    }

    /// <summary>A village letter, minutes or ledger: the cue naming it, and whether it refuses anything anywhere
    /// ([village_letters.refusals]).</summary>
    internal sealed record Answer(string Cue, bool Refuses);

    /// <summary>
    /// The committee word at the title's village word: 村委会 in 桂花村委会…, or (phase 25) the committee written after the
    /// village word 村 or 社区: 村委会 in 桂花村村委会… (村党支部 in 桂花村党支部… is one word of the list already).
    /// </summary>
    private static string? CommitteeAt(string t, int at, RecognitionCues cues)
    {
        var word = cues.Village.Where(v => string.CompareOrdinal(t, at, v, 0, v.Length) == 0).MaxBy(v => v.Length);
        if (word is null || word.Length > 2 || string.CompareOrdinal(t, at + word.Length, "关于", 0, 2) == 0)
        {
            return word;
        }
        var next = cues.Village.Where(v => v.Length > 1 && string.CompareOrdinal(t, at + word.Length, v, 0, v.Length) == 0).MaxBy(v => v.Length);
        return next is null ? word : word + next;
    }

    /// <summary>
    /// (phase 25) A title after the village's name that ends with a ledger word ([village_letters.ledgers]: 台账, 登记) and
    /// names a demand received (要求, 交办, 布置): the village keeps count of what it was asked.
    /// </summary>
    private static string? ReceivedLedger(string t, int at) =>
        Received.Any(w => t.IndexOf(w, at, StringComparison.Ordinal) >= 0)
            ? Ledgers.Where(l => t.EndsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length)
            : null;

    /// <summary>
    /// Whether the first line names one addressee outside the village before its colon: a body (县农商行城关支行, 镇人民
    /// 政府) or a person who applied (申请人胡某, 村民黄某) — not a class (各…, 全体…), not a village word (本村各组长, 村民小组长).
    /// </summary>
    private static bool SentOut(string text, RecognitionCues cues)
    {
        var line = text.TrimStart();
        var end = line.IndexOf('\n');
        line = (end >= 0 ? line[..end] : line).Trim();
        var colon = line.IndexOf(':');
        if (colon < 2 || colon > DocumentAddressee.MaxAddresseeLine || line.IndexOfAny(['。', ',', ';']) is >= 0 and var stop && stop < colon)
        {
            return false;
        }
        line = line[..colon];
        if (ClassLeads.Any(l => line.Contains(l, StringComparison.Ordinal))
            || cues.Village.Any(v => v.Length >= 2 && (line.Contains(v, StringComparison.Ordinal))))
        {
            return false;
        }
        // 村民黄某: a person's own name after the word for who they are; the word alone is no village.
        var person = cues.Private.Where(p => line.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
        var name = person is null ? line : line[person.Length..];
        return name.Length > 0 && !DocumentAddressee.IsVillage(name, cues);
    }

    /// <summary>
    /// Whether the sentence holding the offset keeps its reading in the letter: it tells of a higher level's demand without
    /// refusing it (根据镇里要求，本村各组长…), a clause of it hands work to a village (请你村…, 本村各组长每天… — not one opening with
    /// the one written to, 你请本村…, which tells what was asked), or it consents
    /// (同意为其出具…; not 不同意).
    /// <para>(phase 25) In a paper that refuses something, a higher level's demand told with no word of complying
    /// ([village_letters.compliances]: 镇里要求各村签…, not 按镇里要求…) is what the paper answers; and a consent the paper
    /// takes back later (当时同意代收…，自下月起不再代收) is no consent now. A consent in the next sentence (…。我村已照办。)
    /// keeps what the sentence tells.</para>
    /// </summary>
    internal static bool Keeps(FieldReading field, int sourceStart, string matched, bool refuses, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return true;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        if (AskedInRow(text, DocumentText.AtSource(field, k, sourceStart)) is { } asked)
        {
            return asked;
        }
        var sentence = PaperDirection.Unquoted(text[field.Clauses[first].Start..field.Clauses[last].End]);
        var takenBack = TakenBack(text[field.Clauses[last].End..], matched);
        // (phase 25) 镇里要求各村每天在群里打卡。我村已照办。: the consent in the next sentence answers the demand told.
        if (last + 1 < field.Clauses.Count && !takenBack
            && DocumentText.SentenceClauses(field, last + 1) is var (nextFirst, nextLast)
            && Consents.Any(w => Consented(PaperDirection.Unquoted(text[field.Clauses[nextFirst].Start..field.Clauses[nextLast].End]), w)))
        {
            return true;
        }
        if (DocumentScope.HigherLevelDemands(sentence) && !Refusals.Any(r => sentence.Contains(r, StringComparison.Ordinal))
            && (!refuses || Compliances.Any(w => sentence.Contains(w, StringComparison.Ordinal))) && !takenBack)
        {
            return true;
        }
        var counted = Counts.Any(w => sentence[DocumentText.LeadLength(sentence)..].TrimStart().StartsWith(w, StringComparison.Ordinal));
        for (var c = first; c <= last; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            // 你请本村开一份…证明, 贵行来函要求我村…: a clause opening with the one written to tells what it asked of the
            // village; 你村… is a village addressed, and still directs.
            var body = clause[DocumentText.LeadLength(clause)..].TrimStart();
            if (AddresseeWords.Any(w => body.StartsWith(w, StringComparison.Ordinal)) && PaperDirection.VillageAt(body, 0, cues) is null
                || refuses && TellsDemand(body, cues)
                // (phase 25) 村里当时同意照办, taken back later: the consent told hands nothing on.
                || takenBack && Consents.Any(w => Consented(body, w))
                // (phase 25) 村两委召开会议: the minutes telling that the meeting was held hand nothing on.
                || MeetingsHeld.Any(w => body.Contains(w, StringComparison.Ordinal))
                // (phase 25) In a paper that refuses, 经统计，…每人每天拍照的时长… counts the burden, and 村干部只好上门
                // 补拍 complains of it: neither hands the work on.
                || refuses && (counted || Forced.Any(w => body.Contains(w, StringComparison.Ordinal))))
            {
                continue;
            }
            if (PaperDirection.Directs(clause, addressedToVillages: false, cues))
            {
                return true;
            }
        }
        return !takenBack && Consents.Any(w => Consented(sentence, w));
    }

    /// <summary>
    /// (phase 25) 镇里要求各村签…, 镇里的走访方案要求村干部…: a clause in which a body of a higher level or its paper
    /// ([village_letters.demanders], no village word, not the village's own meeting) demands something of a village
    /// — (phase 26b) or a body outside the village that asks it for a paper or a service (某支行要求村里…, 某公司要求…)
    /// ([document_scope.outside_demands] + a village) tells, in a paper that refuses, what the village was asked. 现要求各村…
    /// (no body named) and 会议要求各组长… (the village's own meeting) still hand the work on.
    /// </summary>
    private static bool TellsDemand(string body, RecognitionCues cues)
    {
        foreach (var verb in Received)
        {
            for (var at = body.IndexOf(verb, StringComparison.Ordinal); at > 0; at = body.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var subject = body[..at];
                if (PaperDirection.VillageAt(body, at + verb.Length, cues) is not null
                    && Demanders.Any(d => subject.Contains(d, StringComparison.Ordinal))
                    && !cues.Village.Any(v => subject.Contains(v, StringComparison.Ordinal)) && !DocumentScope.IsOwnOrgan(subject))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 25) 序号｜来源｜事项｜要求方式｜办理情况: in a row of the village's table, the cells before the last tell what the
    /// source asked and how; the last tells what the village did. A match before the last cell is told (false: quiet) unless
    /// the last cell consents or carries on ([village_letters.consents]: …已照办，今后继续); null when the match is in no row
    /// or in its last cell, which is read as any sentence.
    /// </summary>
    private static bool? AskedInRow(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var end = text.IndexOf('\n', at) is >= 0 and var e ? e : text.Length;
        var row = text[start..end];
        var last = row.LastIndexOfAny(RowMarks);
        if (row.Count(c => RowMarks.Contains(c)) < 3 || at >= start + last)
        {
            return null;
        }
        return Consents.Any(w => Consented(row[(last + 1)..], w));
    }

    private static readonly char[] RowMarks = ['|', '｜'];

    /// <summary>
    /// (phase 25) Whether the text after the sentence stops the very act matched (…不再代收 after 代收建房户的税款): the act's
    /// first two characters right after a word of stopping ([village_letters.stops]).
    /// </summary>
    private static bool TakenBack(string after, string matched) =>
        matched.Length >= 2 && Stops.Any(s => after.Contains(s + matched[..2], StringComparison.Ordinal));

    private static bool Consented(string sentence, string word)
    {
        for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (at == 0 || sentence[at - 1] != '不')
            {
                return true;
            }
        }
        return false;
    }
}
