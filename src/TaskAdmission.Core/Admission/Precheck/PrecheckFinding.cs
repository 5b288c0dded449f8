using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Admission.Recognition;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// One explained finding: the rule, the list item and list version it rests on (or the version consulted), the legal
/// basis, a message, and — when the text gave it away — the evidence: each matched span (field and offsets into the
/// text as written), the phrase that matched, the words it matched and why it counts as the village's work.
/// </summary>
public sealed record PrecheckFinding(
    string Rule,
    FindingSeverity Severity,
    string? ItemCode,
    string? ListSet,
    string? LegalBasis,
    string Message)
{
    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];

    /// <summary>The recogniser phrase (pattern) that matched.</summary>
    public string? Phrase { get; init; }

    /// <summary>The words of the task it matched.</summary>
    public string? MatchedText { get; init; }

    /// <summary>Why the match puts the act on the village (the actor or the absence of one).</summary>
    public string? Reason { get; init; }
}
