namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Decides whether a matched phrase puts the act on the village. In order: a negation shortly before it (不得, 不再, 无需)
/// or right after it (一律取消, 不作为) silences it, unless a refusal word turns the negation around (不得以任何理由拒绝);
/// "由 X" before or after it makes X the actor; otherwise the first actor named before it acts, "要求/请/督促 Y" passes
/// the act to Y, and "对/向/协助/在 Y" makes Y the one acted upon. A task handed down to a village (分解到各村) fires.
/// Rule families aimed at the village (pledges, check-ins, rankings, signboards, campaigns) fire when the village is
/// named anywhere in the clause. A clause naming no one takes its actor from earlier clauses of its sentence; a
/// sentence naming no one fires, because a notice sent to villages puts on them what it does not give to anyone else.
/// </summary>
internal static class Agency
{
    private const int NegationReach = 15;
    private const int AfterNegationReach = 8;
    private static readonly string[] Contrast = ["但是", "而是", "但", "却"];

    public static HitVerdict Judge(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, bool aimedAtVillage)
    {
        var cues = RecognitionCues.Instance;
        var clause = reader.Clauses[clauseIndex];
        if (Negation(reader.Text, clause.Start, clause.End, hitStart, hitEnd, cues) is { } negation)
        {
            return new HitVerdict(false, VerdictReason.Negated, negation);
        }
        for (var k = clauseIndex; k >= 0 && reader.Clauses[k].Sentence == clause.Sentence; k--)
        {
            var (start, end) = k == clauseIndex ? (hitStart, hitEnd) : (reader.Clauses[k].End, reader.Clauses[k].End);
            if (Decide(reader, k, start, end, aimedAtVillage, cues) is { } verdict)
            {
                return verdict;
            }
        }
        return new HitVerdict(true, VerdictReason.NoOtherActor, null);
    }

    private static HitVerdict? Decide(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd, bool aimedAtVillage, RecognitionCues cues)
    {
        var text = reader.Text;
        var clause = reader.Clauses[clauseIndex];
        var mentions = reader.Mentions(clauseIndex);
        if (mentions.Count == 0)
        {
            return null;
        }
        Mention? agent = null;
        var attributed = false;
        var coordinatedVillage = false;
        Mention? targetVillage = null;
        var previousEnd = clause.Start;
        foreach (var m in mentions.Where(m => m.End <= hitStart))
        {
            var before = text[previousEnd..m.Start];
            previousEnd = m.End;
            if (EndsWithAny(before, cues.Attribution))
            {
                agent = m;
                attributed = true;
            }
            else if (EndsWithAny(before, cues.Patient))
            {
                targetVillage ??= m.Kind == ActorKind.Village ? m : null;
            }
            else if (agent is null)
            {
                agent = m;
            }
            else if (!attributed && ContainsAny(before, cues.Delegation))
            {
                agent = m;
            }
            else if (m.Kind == ActorKind.Village && before.Trim() is "和" or "及" or "、" or "以及")
            {
                coordinatedVillage = true;
            }
        }
        // "… 由 X 负责" after the phrase names the actor of what came before.
        foreach (var m in mentions.Where(m => m.Start >= hitEnd))
        {
            var between = text[hitEnd..m.Start];
            if (EndsWithAny(between, cues.Attribution))
            {
                agent = m;
                attributed = true;
                break;
            }
        }
        var villageInClause = mentions.FirstOrDefault(m => m.Kind == ActorKind.Village && (m.End <= hitStart || m.Start >= hitEnd));
        var hasVillage = villageInClause != default;
        if (agent is { Kind: ActorKind.Village } || coordinatedVillage)
        {
            return new HitVerdict(true, VerdictReason.VillageActs, agent is { Kind: ActorKind.Village } a ? a.Text : villageInClause.Text);
        }
        if (hasVillage && ContainsAny(text[clause.Start..clause.End], cues.HandedTo))
        {
            return new HitVerdict(true, VerdictReason.HandedToVillage, villageInClause.Text);
        }
        if (aimedAtVillage && hasVillage)
        {
            return new HitVerdict(true, VerdictReason.VillageTargeted, villageInClause.Text);
        }
        if (agent is { } other)
        {
            return new HitVerdict(false, VerdictReason.OtherActor, other.Text);
        }
        return targetVillage is { } target ? new HitVerdict(true, VerdictReason.VillageTargeted, target.Text) : null;
    }

    /// <summary>The negation cue that silences the phrase, or null.</summary>
    private static string? Negation(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd, RecognitionCues cues)
    {
        if (hitStart > clauseStart && cues.NegationAdjacent.Contains(text[hitStart - 1]))
        {
            return text[hitStart - 1].ToString();
        }
        var from = Math.Max(clauseStart, hitStart - NegationReach);
        var before = text[from..hitStart];
        foreach (var cue in cues.NegationBefore)
        {
            var at = before.LastIndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && !TurnedAround(before[(at + cue.Length)..], cues))
            {
                return cue;
            }
        }
        var after = text[hitEnd..Math.Min(clauseEnd, hitEnd + AfterNegationReach + 6)];
        foreach (var cue in cues.NegationAfter)
        {
            var at = after.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && at <= AfterNegationReach && !TurnedAround(after[(at + cue.Length)..], cues))
            {
                return cue;
            }
        }
        return null;
    }

    // 不得以任何理由拒绝…, 不得推诿…: a refusal word after the negation means the act is required after all.
    private static bool TurnedAround(string between, RecognitionCues cues) =>
        ContainsAny(between, cues.DoubleNegation) || ContainsAny(between, Contrast);

    private static bool EndsWithAny(string text, string[] words)
    {
        var trimmed = text.TrimEnd();
        return words.Any(w => trimmed.EndsWith(w, StringComparison.Ordinal));
    }

    private static bool ContainsAny(string text, IEnumerable<string> words) =>
        words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
