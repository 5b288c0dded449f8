namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// One phrase matched in one clause: the entry and phrase, each term's span in the text as written, the words matched,
/// and whether it fires (with the reason). Suppressed hits are kept so that "try it" can show why nothing fired.
/// </summary>
public sealed record RecognitionHit(RecogniserEntry Entry, string Phrase, string Field, IReadOnlyList<EvidenceSpan> Spans, string MatchedText, HitVerdict Verdict)
{
    /// <summary>(phase 32) The index of the sentence of its field the match stands in, or -1 when not known.</summary>
    public int Sentence { get; init; } = -1;

    /// <summary>(phase 36) For a certificate's match in a list's item, the first and last sentence of the paragraph that opens the
    /// list (…其他材料，包括：), or (-1, -1).</summary>
    public (int From, int To) ListLead { get; init; } = (-1, -1);

    /// <summary>(phase 37) The enforcement item whose sanction this match is, when it was cited under a sector's item (<see cref="SubjectMatter.KeepSanctions"/>).</summary>
    public RecogniserEntry? Sanction { get; init; }
}
