using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Lists;

/// <summary>Display labels for list kinds and demand kinds in zh-CN and en.</summary>
public static class ListLabels
{
    private static readonly Dictionary<ListKind, (string Zh, string En)> Kinds = new()
    {
        [ListKind.Autonomy] = ("依法自治事项", "Autonomy item"),
        [ListKind.Assist] = ("依法协助政府工作事项", "Item assisting the government"),
        [ListKind.Prohibited] = ("负面/禁入事项", "Prohibited item"),
        [ListKind.CertificateAllowed] = ("可出具证明事项", "Certificate the committee may issue"),
        [ListKind.CertificateProhibited] = ("不应出具证明事项", "Certificate the committee should not issue"),
        [ListKind.Signboard] = ("允许的机制牌子", "Allowed signboard or mechanism"),
        [ListKind.Lexicon] = ("识别词库条目", "Recogniser lexicon entry"),
    };

    private static readonly Dictionary<DemandKind, (string Zh, string En)> Demands = new()
    {
        [DemandKind.Report] = ("报表", "Report"),
        [DemandKind.Ledger] = ("台账", "Ledger"),
        [DemandKind.Meeting] = ("会议", "Meeting"),
        [DemandKind.Inspection] = ("督查检查", "Inspection"),
        [DemandKind.Assessment] = ("考核评比", "Assessment or ranking"),
        [DemandKind.Demonstration] = ("创建示范", "Demonstration campaign"),
        [DemandKind.Signboard] = ("挂牌/机制牌子", "Signboard or mechanism"),
        [DemandKind.Certificate] = ("证明", "Certificate"),
        [DemandKind.AppCheckIn] = ("政务APP打卡/截图留痕", "App check-in or screenshot trail"),
        [DemandKind.Survey] = ("数据采集/统计调查", "Data collection or survey"),
        [DemandKind.Training] = ("培训", "Training"),
        [DemandKind.Pledge] = ("责任状/承诺书", "Responsibility pledge"),
        [DemandKind.OneVoteVeto] = ("一票否决", "One-vote veto"),
        [DemandKind.FieldWork] = ("入户走访/现场工作", "Home visits or field work"),
    };

    /// <summary>A Chinese label and, for "甲/乙" labels, each alternative ("负面/禁入事项" also reads as "负面事项" and "禁入事项").</summary>
    public static IEnumerable<string> ChineseNames(string label)
    {
        yield return label;
        var slash = label.IndexOf('/');
        if (slash > 0)
        {
            var (first, second) = (label[..slash], label[(slash + 1)..]);
            // "负面/禁入事项": the tail after the last alternative ("事项") belongs to both.
            var tail = second.EndsWith("事项", StringComparison.Ordinal) && !first.EndsWith("事项", StringComparison.Ordinal) ? "事项" : "";
            yield return first + tail;
            yield return second;
        }
    }

    public static string Kind(ListKind kind, AppLanguage language) =>
        Kinds.TryGetValue(kind, out var l) ? Pick(l, language) : kind.ToString();

    /// <summary>A single demand kind's label; for combined flags use <see cref="DemandList"/>.</summary>
    public static string Demand(DemandKind demand, AppLanguage language) =>
        Demands.TryGetValue(demand, out var l) ? Pick(l, language) : demand.ToString();

    /// <summary>Labels of every demand in the flags, joined with 、 (zh) or ", " (en); "无"/"none" when empty.</summary>
    public static string DemandList(DemandKind demands, AppLanguage language)
    {
        if (demands == DemandKind.None)
        {
            return language == AppLanguage.ZhCn ? "无" : "none";
        }

        var separator = language == AppLanguage.ZhCn ? "、" : ", ";
        return string.Join(separator, DemandKinds.Split(demands).Select(d => Demand(d, language)));
    }

    private static string Pick((string Zh, string En) label, AppLanguage language) =>
        language == AppLanguage.ZhCn ? label.Zh : label.En;
}
