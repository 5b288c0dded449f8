using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Evaluation;

/// <summary>What the pre-check said about one notice, judged against its labels.</summary>
public sealed class NoticeOutcome(Notice notice, PrecheckResult result)
{
    public Notice Notice { get; } = notice;

    public PrecheckResult Result { get; } = result;

    /// <summary>The rule a label stands for: a prohibited item or certificate code, or the rule family itself.</summary>
    public static string FamilyOf(string label) =>
        label.StartsWith("FM-", StringComparison.Ordinal) ? PrecheckRules.ProhibitedItem
        : label.StartsWith("BZ-", StringComparison.Ordinal) ? PrecheckRules.ProhibitedCertificate
        : label;

    /// <summary>
    /// The label's rule found: for the families that refuse a task (prohibited items and certificates, pledges, check-ins,
    /// rankings) only as a refusal — a warning left for a person's review (phase 21) is not a detection; signboards and
    /// campaigns, which route to joint review, at any severity.
    /// </summary>
    public bool Detected(string label) => Result.Findings.Any(f => f.Rule == FamilyOf(label)
        && (f.Severity == FindingSeverity.Block || f.Rule is PrecheckRules.Signboard or PrecheckRules.Demonstration));

    /// <summary>For an item or certificate label: the finding cites that very item.</summary>
    public bool CitesLabelledItem(string label) => Result.Findings.Any(f => f.Rule == FamilyOf(label) && f.ItemCode == label);

    /// <summary>
    /// For an item or certificate label: the finding cites that item and no item of the same family the notice is not
    /// labelled with (a sector's inspection cited as the sector's item, not also as general law enforcement).
    /// </summary>
    public bool CitesOnlyLabelledItems(string label) =>
        CitesLabelledItem(label)
        && Result.Findings.Where(f => f.Rule == FamilyOf(label)).All(f => Notice.Labels.Contains(f.ItemCode ?? "", StringComparer.Ordinal));

    public bool Blocked => Result.Findings.Any(f => f.Severity == FindingSeverity.Block);

    /// <summary>
    /// (phase 21) Not blocked, yet a prohibited finding stands as a warning (the paper passes no such work down): the notice
    /// goes to a person's review instead of being refused.
    /// </summary>
    public bool ReviewOnly => !Blocked && Result.Findings.Any(f => f.Severity == FindingSeverity.Warn
        && f.Rule is PrecheckRules.ProhibitedItem or PrecheckRules.ProhibitedCertificate or PrecheckRules.PledgeOrVeto or PrecheckRules.AppCheckIn or PrecheckRules.AssessmentBan);

    public bool Flagged => Result.Findings.Any(f => f.Rule is PrecheckRules.Signboard or PrecheckRules.Demonstration);

    public bool SuggestionHit => Notice.Suggest is { } code && Result.SuggestedItems.Take(3).Any(s => s.Code == code);

    public string Explain() => string.Join(" | ", Result.Findings
        .Where(f => f.Severity == FindingSeverity.Block || f.Rule is PrecheckRules.Signboard or PrecheckRules.Demonstration)
        .Select(f => $"{f.Rule} {f.ItemCode} “{f.MatchedText ?? f.Message}”{(f.Phrase is null ? "" : $" ← {f.Phrase}")}{(f.Reason is null ? "" : $" ({f.Reason})")}"));
}
