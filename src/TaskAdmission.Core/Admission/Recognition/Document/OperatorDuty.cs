using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 27) The operator's own 主体责任. An approver: "企业主体责任, or a catering company that 承担食品安全主…体责任, is the
/// duty the law puts on whoever runs the business — the village is never its bearer, and naming it puts no supervision on
/// anyone." A prohibited-work match that names no one (<see cref="VerdictReason.NoOtherActor"/>) and whose words are a
/// 主体责任 with no supervising word in them ([operator_duty.supervising]: 监管, 监督 …) is the operator's when the operator
/// owns it: an operator's word ([operator_duty.operators]: 企业, 公司, 单位, 经营者, 运营方 …) stands right before the duty's
/// words in its clause (落实企业主体责…任), or opens the clause before it in the sentence as its subject (运营方为中标的…餐饮服务
/// 公司，承担食品安全主…体责任). In a paper addressed to the villages only the second: 落实企业…主体责任 with no subject may be put
/// on them.
/// <para>What it never does: quiet a match whose clause or sentence names a village or has the duty urged on the operators
/// ([operator_duty.urging]: 督促, 压实, 监督 …: 各村督促辖区企业落实主体责…任), a 监管主体责任 (各村承担企业安全生…产监管主体责任),
/// or a match that already names the village as its bearer.</para>
/// </summary>
internal static class OperatorDuty
{
    private static readonly string[] Duties = RecognitionCues.Instance.List("operator_duty.duties");
    private static readonly string[] Operators = RecognitionCues.Instance.List("operator_duty.operators");
    private static readonly string[] Supervising = RecognitionCues.Instance.List("operator_duty.supervising");
    private static readonly string[] Urging = RecognitionCues.Instance.List("operator_duty.urging");

    // 企业安全生产主体责…任: the characters a field may take between the operator and its duty.
    private const int OwnerReach = 6;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Entry.Target != RecogniserTarget.ProhibitedWork || hit.Verdict is not { Fires: true, Reason: VerdictReason.NoOtherActor }
                || Duties.FirstOrDefault(d => hit.MatchedText.Contains(d, StringComparison.Ordinal)) is not { } duty
                || Supervising.Any(s => hit.MatchedText.Contains(s, StringComparison.Ordinal))
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
            {
                continue;
            }
            var text = field.Text.Text;
            var clause = field.Clauses[k];
            var at = text.IndexOf(duty, clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
            var (first, _) = DocumentText.SentenceClauses(field, k);
            var sentence = text[field.Clauses[first].Start..clause.End];
            if (at < 0 || Urging.Any(u => sentence.Contains(u, StringComparison.Ordinal))
                || Enumerable.Range(first, k - first + 1).Any(c => field.Reader.NamesVillage(c)))
            {
                continue;
            }
            // In a paper to the villages, 落实企业…主体责任 with no subject may be put on them: only an operator named as the
            // clause's subject owns it there.
            var toVillages = field.Field == TitleContext.Description
                && DocumentAddressee.AddresseeOf(text, RecognitionCues.Instance).Item1 == DocumentReading.Addressee.Villages;
            if (((toVillages ? null : Owner(text[Math.Max(clause.Start, at - OwnerReach - 5)..at]))
                    ?? (k > first ? Subject(text[field.Clauses[k - 1].Start..field.Clauses[k - 1].End]) : null)
                    // (phase 31) 供水企业对其管网运行安全负主体责任: the operator opening the duty's own clause as its subject.
                    ?? HeadedSubject(text[clause.Start..at])) is { } owner)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, owner) };
            }
        }
    }

    /// <summary>An operator's word ending within a few characters before the duty (企业主体责任, 企业安全生产主体责…任), or null.</summary>
    private static string? Owner(string lead)
    {
        foreach (var op in Operators)
        {
            var found = lead.LastIndexOf(op, StringComparison.Ordinal);
            if (found >= 0 && lead.Length - found - op.Length <= OwnerReach && lead[(found + op.Length)..].All(TextNormaliserIsChinese))
            {
                return op;
            }
        }
        return null;
    }

    /// <summary>An operator's word opening the clause as its subject (运营方为中标的…餐饮服务公司), or null.</summary>
    private static string? Subject(string clause)
    {
        var words = clause.TrimStart();
        return Operators.FirstOrDefault(op => words.StartsWith(op, StringComparison.Ordinal));
    }

    // 供水企业, 实验楼使用单位: the characters of a name the operator's word may close.
    private const int SubjectNameReach = 6;

    /// <summary>
    /// (phase 31) The duty's own clause opening with a name closed by an operator's word (供水企业对其管网…安全负主体责任,
    /// 实验楼使用单位对其…), or null. The clause and sentence name no village and urge nothing (checked by the caller).
    /// </summary>
    private static string? HeadedSubject(string clause)
    {
        var words = clause.TrimStart();
        foreach (var op in Operators)
        {
            var at = words.IndexOf(op, StringComparison.Ordinal);
            if (at >= 0 && at <= SubjectNameReach && words[..at].All(TextNormaliserIsChinese))
            {
                return words[..(at + op.Length)];
            }
        }
        return null;
    }

    private static bool TextNormaliserIsChinese(char c) => Text.TextNormaliser.IsChinese(c);
}
