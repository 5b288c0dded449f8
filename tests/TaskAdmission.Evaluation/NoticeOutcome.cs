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

    /// <summary>How far apart, in one field, the spans of one match may lie: the longest reach of a phrase's parts.</summary>
    public const int OneMatchReach = 48;

    /// <summary>
    /// (session 37, the owners' first question) The refusal rests on one match: a single refusing finding whose evidence
    /// lies in one field within <see cref="OneMatchReach"/> characters. The harness prints what would change if such a
    /// refusal went to a township's review instead of refusing the task.
    /// </summary>
    public bool RefusedOnOneMatch =>
        Result.Findings.Where(f => f.Severity == FindingSeverity.Block).ToList() is [var only]
        && only.Evidence.Select(e => e.Field).Distinct().Count() <= 1
        && (only.Evidence.Count == 0 || only.Evidence.Max(e => e.Start + e.Length) - only.Evidence.Min(e => e.Start) <= OneMatchReach);

    /// <summary>
    /// The label's rule found as a refusal if a refusal on one match went to review (signboards and campaigns route to
    /// joint review at any severity, so they stay found).
    /// </summary>
    public bool DetectedWithOneMatchReviewed(string label) =>
        Detected(label) && (!RefusedOnOneMatch || FamilyOf(label) is PrecheckRules.Signboard or PrecheckRules.Demonstration);

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
