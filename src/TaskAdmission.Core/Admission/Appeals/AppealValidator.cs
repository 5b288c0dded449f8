using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Admission.Appeals;

/// <summary>The department's reason on one blocking finding (by its position among the refusal's blocking findings).</summary>
public sealed record FindingObjection(int Position, AppealReason? Reason, string? Explanation);

/// <summary>The reviewer's verdict on one finding (a reason is required to overrule).</summary>
public sealed record FindingRuling(int Position, FindingVerdict? Verdict, string? Reason);

/// <summary>
/// The rules of an appeal and of its decision, in one place like <c>SubmissionValidator</c>: every blocking finding is
/// answered once, with a known reason and an explanation of 10–1,000 characters; every finding gets a verdict, an
/// overruling one with a reason. Field names are <c>findings[i].reason</c>, <c>findings[i].explanation</c>, <c>note</c>.
/// </summary>
public static class AppealValidator
{
    public static List<FieldProblem> ValidateAppeal(int blockingFindings, IReadOnlyList<FindingObjection>? objections, string? note)
    {
        var problems = new List<FieldProblem>();
        var given = objections ?? [];
        if (blockingFindings == 0)
        {
            problems.Add(new("", "NotAppealable"));
            return problems;
        }
        for (var i = 0; i < blockingFindings; i++)
        {
            var answers = given.Where(o => o.Position == i).ToList();
            if (answers.Count != 1)
            {
                problems.Add(new($"findings[{i}].reason", answers.Count == 0 ? "AppealReasonRequired" : "AppealFindingTwice"));
                continue;
            }
            var o = answers[0];
            if (o.Reason is not { } reason || !Enum.IsDefined(reason))
            {
                problems.Add(new($"findings[{i}].reason", "AppealReasonRequired"));
            }
            var text = (o.Explanation ?? "").Trim();
            if (text.Length == 0)
            {
                problems.Add(new($"findings[{i}].explanation", "AppealExplanationRequired"));
            }
            else if (text.Length < AppealFinding.ExplanationMin)
            {
                problems.Add(new($"findings[{i}].explanation", "AppealExplanationTooShort", AppealFinding.ExplanationMin));
            }
            else if (text.Length > AppealFinding.ExplanationMax)
            {
                problems.Add(new($"findings[{i}].explanation", "TooLong", AppealFinding.ExplanationMax));
            }
        }
        if (given.Any(o => o.Position < 0 || o.Position >= blockingFindings))
        {
            problems.Add(new("findings", "AppealUnknownFinding"));
        }
        if ((note ?? "").Trim().Length > PrecheckAppeal.NoteMax)
        {
            problems.Add(new("note", "TooLong", PrecheckAppeal.NoteMax));
        }
        return problems;
    }

    public static List<FieldProblem> ValidateRulings(int findings, IReadOnlyList<FindingRuling>? rulings, string? note)
    {
        var problems = new List<FieldProblem>();
        var given = rulings ?? [];
        for (var i = 0; i < findings; i++)
        {
            var answers = given.Where(r => r.Position == i).ToList();
            if (answers.Count != 1 || answers[0].Verdict is not { } verdict || !Enum.IsDefined(verdict))
            {
                problems.Add(new($"findings[{i}].verdict", "VerdictRequired"));
                continue;
            }
            var reason = (answers[0].Reason ?? "").Trim();
            if (verdict == FindingVerdict.Overruled && reason.Length == 0)
            {
                problems.Add(new($"findings[{i}].reason", "ReasonRequired"));
            }
            else if (reason.Length > AppealFinding.ExplanationMax)
            {
                problems.Add(new($"findings[{i}].reason", "TooLong", AppealFinding.ExplanationMax));
            }
        }
        if (given.Any(r => r.Position < 0 || r.Position >= findings))
        {
            problems.Add(new("findings", "AppealUnknownFinding"));
        }
        if ((note ?? "").Trim().Length > PrecheckAppeal.NoteMax)
        {
            problems.Add(new("note", "TooLong", PrecheckAppeal.NoteMax));
        }
        return problems;
    }
}
