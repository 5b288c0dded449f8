namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 26) Work the village only helps with while a named body does the act. An approver: "县执法大队负责拆除, and the
/// village 做好住户的思想工作 beside it: the demolition is the team's; persuading neighbours is help, not the demolition duty."
/// A prohibited-item match whose words are help ([help_work.acts]: 思想工作, 劝导 …) is another body's act when an earlier
/// clause of the paper gives an act of enforcement ([help_work.enforcement]: 查处, 拆除 …) to a body other than the village
/// by 由 (the nearest such clause decides) and the help's sentence asks no result of its own ([help_work.results]: 确保,
/// 签订, 完成 … — getting households to sign or move by a date is the demolition work put on the village).
/// </summary>
internal static class HelpWork
{
    private static readonly string[] HelpActs = RecognitionCues.Instance.List("help_work.acts");
    private static readonly string[] Enforcement = RecognitionCues.Instance.List("help_work.enforcement");
    private static readonly string[] Results = RecognitionCues.Instance.List("help_work.results");

    /// <summary>The body that does the act the village's help serves, or null.</summary>
    public static string? Doer(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var text = reader.Text;
        if (!HelpActs.Any(w => text.AsSpan(hitStart, hitEnd - hitStart).Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var sentence = text[reader.Clauses[first].Start..reader.Clauses[last].End];
        if (Results.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        // (phase 27) 建议由…执法队…依法处理，村里…协助做好…思想工作: an earlier clause of the same sentence counts too.
        for (var k = clauseIndex - 1; k >= 0; k--)
        {
            var clause = reader.Clauses[k];
            if (!Enforcement.Any(w => text.AsSpan(clause.Start, clause.Length).Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }
            if (Agency.Attributed(text, clause, reader.Mentions(k), clause.Start, RecognitionCues.Instance) is { } body)
            {
                return body.Kind == ActorKind.Village ? null : body.Text;
            }
        }
        return null;
    }
}
