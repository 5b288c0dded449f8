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

    /// <summary>The cue naming the letter (桂花村民委员会…回复函 → "村民委员会的回复函"), or null when the paper is not a
    /// village's own letter sent out of the village.</summary>
    internal static string? Of(FieldReading? title, FieldReading? description, RecognitionCues cues)
    {
        if (title is null || description is null)
        {
            return null;
        }
        var t = DocumentGenre.WithoutAsides(title.Text.Text.Trim());
        if (DocumentScope.OneVillageNamed(t) is not { } at
            || cues.Village.Where(v => string.CompareOrdinal(t, at, v, 0, v.Length) == 0).MaxBy(v => v.Length) is not { } committee
            || string.CompareOrdinal(t, at + committee.Length, "关于", 0, 2) != 0
            || Genres.Where(g => t.EndsWith(g, StringComparison.Ordinal)).MaxBy(g => g.Length) is not { } genre
            || !SentOut(description.Text.Text, cues))
        {
            return null;
        }
        return $"{committee}的{genre}";
    }

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
    /// </summary>
    internal static bool Keeps(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return true;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var text = field.Text.Text;
        var sentence = PaperDirection.Unquoted(text[field.Clauses[first].Start..field.Clauses[last].End]);
        if (DocumentScope.HigherLevelDemands(sentence) && !Refusals.Any(r => sentence.Contains(r, StringComparison.Ordinal)))
        {
            return true;
        }
        for (var c = first; c <= last; c++)
        {
            var clause = PaperDirection.Unquoted(text[field.Clauses[c].Start..field.Clauses[c].End]);
            // 你请本村开一份…证明, 贵行来函要求我村…: a clause opening with the one written to tells what it asked of the
            // village; 你村… is a village addressed, and still directs.
            var body = clause[DocumentText.LeadLength(clause)..].TrimStart();
            if (AddresseeWords.Any(w => body.StartsWith(w, StringComparison.Ordinal)) && PaperDirection.VillageAt(body, 0, cues) is null)
            {
                continue;
            }
            if (PaperDirection.Directs(clause, addressedToVillages: false, cues))
            {
                return true;
            }
        }
        return Consents.Any(w => Consented(sentence, w));
    }

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
