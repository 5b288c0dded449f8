namespace TaskAdmission.Core.Admission.Appeals;

/// <summary>
/// One blocking finding of the refused pre-check, as it was stored (rule, item, list version, basis, phrase, span), with
/// the department's reason, the reviewer's verdict and — when overruled — the list editors' handling (机审误判记录).
/// </summary>
public sealed class AppealFinding
{
    public const int ExplanationMin = 10;
    public const int ExplanationMax = 1000;
    public const int SentenceMax = 500;

    public Guid Id { get; set; }
    public Guid AppealId { get; set; }

    /// <summary>The finding's place among the stored pre-check's blocking findings (0-based).</summary>
    public int Position { get; set; }

    public string Rule { get; set; } = "";
    public string? ItemCode { get; set; }
    public string? ListSet { get; set; }
    public string? LegalBasis { get; set; }
    public string Message { get; set; } = "";

    /// <summary>
    /// The same finding's message and basis in English, from the stored pre-check's English half (as the submission's own
    /// panel shows it), kept at appeal time so a later list change cannot alter what was appealed. Null for an appeal made
    /// before they were kept: the Chinese text is shown then.
    /// </summary>
    public string? MessageEn { get; set; }
    public string? LegalBasisEn { get; set; }

    /// <summary>The recogniser phrase that fired, and the words of the task it matched.</summary>
    public string? Phrase { get; set; }
    public string? MatchedText { get; set; }

    /// <summary>The sentence of the task holding the first matched span, and the span's offsets in that sentence.</summary>
    public string? Sentence { get; set; }
    public int? SpanStart { get; set; }
    public int? SpanLength { get; set; }

    public AppealReason Reason { get; set; }
    public string Explanation { get; set; } = "";

    public FindingVerdict? Verdict { get; set; }
    public string? VerdictReason { get; set; }

    /// <summary>The list editor's note once the overruled finding is handled (e.g. 已在草稿 v7 调整短语).</summary>
    public string? HandledNote { get; set; }
    public string? HandledBy { get; set; }
    public DateTime? HandledAtUtc { get; set; }

    /// <summary>Whether the finding matches a finding of a later pre-check of the same text: same rule, item, phrase and words.</summary>
    public bool Matches(string rule, string? itemCode, string? phrase, string? matchedText) =>
        Rule == rule && ItemCode == itemCode && Phrase == phrase && MatchedText == matchedText;
}
