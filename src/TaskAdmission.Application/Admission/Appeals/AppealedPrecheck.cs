using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>
/// The pre-check of a submission whose refusal was overruled on appeal: each blocking finding the joint-review office
/// overruled (same rule, item, phrase and words) stays, as a warning marked 人工复核已撤销 with the reviewer's reason;
/// whatever else it finds stays as found; the route is the joint review, whatever the check would have chosen — the
/// machine thought the work prohibited, so people decide.
/// </summary>
public static class AppealedPrecheck
{
    public const string OverruledZh = "人工复核已撤销";
    public const string OverruledEn = "Overruled on human review";

    public static PrecheckResult Apply(PrecheckResult result, IReadOnlyList<AppealFinding> overruled, bool english)
    {
        var findings = result.Findings.Select(f =>
            f.Severity == FindingSeverity.Block && overruled.FirstOrDefault(o => o.Matches(f.Rule, f.ItemCode, f.Phrase, f.MatchedText)) is { } o
                ? f with
                {
                    Severity = FindingSeverity.Warn,
                    Message = $"{(english ? OverruledEn : OverruledZh)}{(english ? ": " : "：")}{o.VerdictReason}{(english ? " — " : "——")}{f.Message}",
                }
                : f).ToList();
        return result with { Outcome = PrecheckOutcome.JointReview, Findings = findings };
    }
}
