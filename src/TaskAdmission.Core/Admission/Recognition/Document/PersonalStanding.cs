using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 29) A grade fixed by a person's standing — years served, schooling, certificates held, title — is a pay scale, not
/// an assessment of anyone's work: 乡村医生按服务年限、学历确定岗位等级 in a pay table ranks no village. It is the
/// same in a hospital, a school or a bank. Read only when the graded are persons (the village actor found is a 工作者,
/// 干部, 人员 …, or no one), and the sentence holds no word of rating work ([personal_standing.work_ratings]: 考核, 得分,
/// 排名 …): 各社区按工作年限确定等级 and 村干部按考核得分确定等次 keep their reading.
/// </summary>
internal static class PersonalStanding
{
    private static readonly string[] Criteria = RecognitionCues.Instance.List("personal_standing.criteria");
    private static readonly string[] WorkRatings = RecognitionCues.Instance.List("personal_standing.work_ratings");
    private static readonly string[] Persons = RecognitionCues.Instance.List("personal_standing.persons");

    /// <summary>
    /// The clause of the hit's first span when the hit is read of persons (a village actor ending in a person's word,
    /// [personal_standing.persons]) or of no one named; else -1. Both readings below begin with it.
    /// </summary>
    private static int PersonsClause(FieldReading field, RecognitionHit hit)
    {
        if (hit.Spans.Count == 0
            || (hit.Verdict.Reason != VerdictReason.NoOtherActor
                && !(hit.Verdict.Reason is VerdictReason.VillageActs or VerdictReason.VillageTargeted
                     && hit.Verdict.Cue is { } actor && Persons.Any(p => actor.EndsWith(p, StringComparison.Ordinal)))))
        {
            return -1;
        }
        return DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
    }

    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        var k = PersonsClause(field, hit);
        if (k < 0)
        {
            return null;
        }
        var (first, last) = DocumentText.SentenceClauses(field, k);
        var sentence = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        if (WorkRatings.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var upTo = field.Text.Text[field.Clauses[first].Start..field.Clauses[k].End];
        return Criteria.FirstOrDefault(c => upTo.Contains("按" + c, StringComparison.Ordinal)) is { } criterion ? $"按{criterion}定级" : null;
    }

    private static readonly string[] PayNouns = RecognitionCues.Instance.List("personal_standing.pay_nouns");
    private static readonly string[] PaidOut = RecognitionCues.Instance.List("personal_standing.paid_out");
    private static readonly string[] Ties = RecognitionCues.Instance.List("personal_standing.ties");

    /// <summary>
    /// (phase 32) 村干部基本报酬按县定标准考核发放 — an assessment that pays a person's pay (a pay noun,
    /// [personal_standing.pay_nouns], before it in its clause and a word of paying out right after it, or the pay noun right
    /// before it: 报酬考核) is how the pay of the persons paid is settled, not an assessment of the village's work. Read only
    /// when the assessed are persons or no one is named, and not when the clause ties some work to the pay
    /// ([personal_standing.ties]: 纳入, 列入, 挂钩 — 招商实绩与村干部报酬考核挂钩 keeps its reading).
    /// </summary>
    internal static string? PaidAssessment(FieldReading field, RecognitionHit hit)
    {
        var k = PersonsClause(field, hit);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var at = DocumentText.AtSource(field, k, hit.Spans[0].Start);
        var end = Math.Min(clause.End, at + hit.MatchedText.Length);
        var before = text[clause.Start..at];
        var after = text[end..clause.End];
        if (Ties.Any(t => text.AsSpan(clause.Start, clause.End - clause.Start).Contains(t, StringComparison.Ordinal)))
        {
            return null;
        }
        if (PayNouns.FirstOrDefault(p => before.EndsWith(p, StringComparison.Ordinal)
                || before.Contains(p, StringComparison.Ordinal) && PaidOut.Any(o => after.StartsWith(o, StringComparison.Ordinal))) is not { } pay)
        {
            return null;
        }
        // 村干部报酬依各村月度考核发放: the villages' work assessed to pay their cadres — a village between the pay and the
        // assessment (other than in the cadres' own name) keeps the reading.
        var between = before[(before.IndexOf(pay, StringComparison.Ordinal) + pay.Length)..];
        foreach (var own in Persons)
        {
            between = between.Replace("村" + own, "", StringComparison.Ordinal).Replace("社区" + own, "", StringComparison.Ordinal);
        }
        return between.Contains('村') || between.Contains("社区", StringComparison.Ordinal) ? null : pay + "…考核";
    }
}
