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

    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        if (hit.Spans.Count == 0
            || (hit.Verdict.Reason != VerdictReason.NoOtherActor
                && !(hit.Verdict.Reason is VerdictReason.VillageActs or VerdictReason.VillageTargeted
                     && hit.Verdict.Cue is { } actor && Persons.Any(p => actor.EndsWith(p, StringComparison.Ordinal)))))
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
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
}
