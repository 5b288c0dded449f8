namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 32) Who does the work a paper is about. An approver reads the title as naming the work and the description as
/// saying who does it: <b>a title's act that names no doer is done by the body the description gives it to — the same
/// act's matches all given to named bodies (a task table's rows: 签订补偿协议 | 区征收中心), or the work itself named and given
/// by 由 (检查由镇应急办、镇综合行政执法大队联合实施; 工程用地征收由区人民政府依法组织实施); and in a paper sent to no one, the
/// steps it lists with no doer (发布公告、签订补偿协议、支付补偿款) are that body's.</b>
/// <para>Still read as they stand: a description that puts the same kind of work on the villages anywhere (the title then
/// keeps its reading), a clause in which a village does the work the title names (各村要对辖区作坊逐户检查), a sentence of the
/// giving that names the villages (检查由镇应急办牵头，各村负责具体实施), and every sentence that names the villages.</para>
/// </summary>
internal static class PaperWork
{
    private static readonly string[] GenericHeads = RecognitionCues.Instance.List("paper_work.generic_heads");
    private static readonly string[] OversightHeads = RecognitionCues.Instance.List("paper_work.oversight_heads");
    private static readonly string[] PaperNouns = RecognitionCues.Instance.List("paper_work.paper_nouns");

    /// <summary>At most this many characters of the work named before 由 (工程用地征收).</summary>
    private const int MaxTopic = 12;

    /// <summary>The work's head: the last two characters of its name (征收, 检查, 考核).</summary>
    private const int HeadLength = 2;

    /// <summary>
    /// Whether the paper's work is one the body does itself, so that the steps the paper lists with no doer are its own:
    /// not an assessment or an inspection of others ([paper_work.oversight_heads]: 考核, 检查, 验收 …), whose listed items
    /// are what the assessed or the inspected do.
    /// </summary>
    internal static bool DoesItself((string Head, string Body) implementer) => !OversightHeads.Contains(implementer.Head);

    /// <summary>
    /// The work the title names and the body the description gives it to: a clause opening (after its numbering) with a
    /// short name of the work — generic words such as 工作, 任务 stripped from its end — whose last two characters stand in the
    /// title, then 由 and a body and a verb of doing (<see cref="DutyAttribution.Body"/>), in a sentence naming no village.
    /// Null when there is none.
    /// </summary>
    internal static (string Head, string Body)? Implementer(string? title, FieldReading description)
    {
        if (title is null)
        {
            return null;
        }
        var text = description.Text.Text;
        var cues = RecognitionCues.Instance;
        for (var k = 0; k < description.Clauses.Count; k++)
        {
            var clause = description.Clauses[k];
            var by = text.IndexOf('由', clause.Start, clause.End - clause.Start);
            if (by < 0 || by + 1 >= clause.End || text[by + 1] == '于' || description.Reader.NamesVillage(k))
            {
                continue;
            }
            var topic = text[clause.Start..by];
            topic = topic[DocumentText.LeadLength(topic)..].Trim();
            for (var stripped = true; stripped && topic.Length > 0;)
            {
                stripped = false;
                if (GenericHeads.FirstOrDefault(g => topic.EndsWith(g, StringComparison.Ordinal)) is { } generic)
                {
                    topic = topic[..^generic.Length];
                    stripped = true;
                }
            }
            // 本细则由镇考核办负责解释: the paper itself, not its work.
            if (topic.Length < HeadLength || topic.Length > MaxTopic || !title.Contains(topic[^HeadLength..], StringComparison.Ordinal)
                || PaperNouns.Any(p => topic.EndsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }
            var (start, _) = description.Text.ToSource(clause.Start, clause.End);
            if (!DocumentText.SentenceNamesVillages(description, start) && DutyAttribution.Body(description, start, cues) is { } body)
            {
                return (topic[^HeadLength..], body);
            }
        }
        return null;
    }

    /// <summary>
    /// The title's firing matches of prohibited work that name no doer, given to the body the description gives the same work
    /// to (a rule family's rating or check-in is not undone by naming who runs it): when no description match of prohibited
    /// work fires, and either (1) the paper is not sent to the villages and every description
    /// match of the same item is another body's or not operative, one of them given to a named body (a task table's rows), or
    /// (2) the match holds the head of the paper's work that the description gives by 由 (<see cref="Implementer"/>) and no
    /// clause naming a village does that work (a village that only assists, 协助…, or is told not to, does not).
    /// </summary>
    internal static void GiveTitles(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings, DocumentReading document)
    {
        if (readings.FirstOrDefault(r => r.Field == TitleContext.Description) is not { } description)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit is not { Field: TitleContext.Title, Verdict: { Fires: true, Reason: VerdictReason.NoOtherActor } }
                || hit.Entry.Target != RecogniserTarget.ProhibitedWork
                || hits.Any(h => h.Field == TitleContext.Description && h.Verdict.Fires && h.Entry.Target == hit.Entry.Target))
            {
                continue;
            }
            var body = document.Addressed != DocumentReading.Addressee.Villages ? ItemGiven(hits, hit) : null;
            if (body is null && document.Implementer is { } implementer && hit.MatchedText.Contains(implementer.Head, StringComparison.Ordinal)
                && !VillageDoes(description, implementer.Head))
            {
                body = implementer.Body;
            }
            if (body is not null)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, body) };
            }
        }
    }

    /// <summary>The named body of the description's matches of the same item, when there are some, none fires and one is given to a body; else null.</summary>
    private static string? ItemGiven(List<RecognitionHit> hits, RecognitionHit title)
    {
        string? body = null;
        foreach (var h in hits)
        {
            if (h.Field != TitleContext.Description || h.Entry != title.Entry)
            {
                continue;
            }
            if (h.Verdict.Fires)
            {
                return null;
            }
            if (h.Verdict is { Reason: VerdictReason.OtherActor, Cue: { Length: >= 2 } cue })
            {
                body ??= cue;
            }
        }
        return body;
    }

    /// <summary>Whether a clause naming a village holds the work's head with no assisting verb and no negation before it.</summary>
    private static bool VillageDoes(FieldReading description, string head)
    {
        var cues = RecognitionCues.Instance;
        var text = description.Text.Text;
        for (var k = 0; k < description.Clauses.Count; k++)
        {
            var clause = description.Clauses[k];
            var at = text.IndexOf(head, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
            if (at < 0 || !description.Reader.NamesVillage(k))
            {
                continue;
            }
            var before = text[clause.Start..at];
            if (!cues.Assisting.Any(a => before.Contains(a, StringComparison.Ordinal)) && !cues.NegationBefore.Any(n => before.Contains(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
