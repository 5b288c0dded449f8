using System.Text.RegularExpressions;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 30) A body's rules for the people it hires and pays, or for its own work: an approver reads 某某护林员的管理考核办法
/// (本办法所称护林员，是指由区林业局选聘、支付劳务报酬…的人员) as the bureau rating and equipping the rangers it
/// pays, and 某某监管所年度工作考评细则 as the station scoring its own work — neither rates a village. Two shapes, read from
/// the paper itself, not from the line of work:
/// <list type="bullet">
/// <item>a definition of the rules' people (本办法所称X，是指…的人员) whose X the title names and whose definition says they are
/// hired or paid ([staff_rules.hiring]: 选聘, 聘用, 劳务 …) and names no village (村, 社区: a post the village fills is the
/// village's);</item>
/// <item>a title that opens with a body's name ending with an office head ([staff_rules.own_heads]: 所, 站, 中心, 公司 …, not a
/// government, a department or a village) and goes straight on to its own year's work and a rating rule (…某年度工作考评细则).</item>
/// </list>
/// The paper's inside then is those people or that body: what a sentence asks of no one it asks of them. A sentence that names
/// the villages (所在村…扣分, 各村配合检查) keeps its reading, as everywhere.
/// </summary>
internal static class StaffRules
{
    private static readonly string[] Hiring = RecognitionCues.Instance.List("staff_rules.hiring");
    private static readonly string[] OwnHeads = RecognitionCues.Instance.List("staff_rules.own_heads");
    private static readonly string[] VillageMarks = RecognitionCues.Instance.List("village_markers");
    private static readonly string[] Governing = RecognitionCues.Instance.List("internal_paper.governing");

    private static readonly Regex Definition = new(@"本(?:办法|细则|规定|制度|规则|标准)所称([\u4e00-\u9fff]{2,12}?)[,，]?(?:是指|指)([^。;；\n]{4,120}?)的(?:人员|员工|工作人员|从业人员)", RegexOptions.CultureInvariant);
    private static readonly Regex OwnWorkTitle = new(@"^(?:\d{4}年)?(?:度)?(?:年度)?工作(?:评分|考核|考评|绩效考核|目标考核)(?:细则|办法|方案|标准|实施细则)$", RegexOptions.CultureInvariant);

    internal static string? Of(string title, string description)
    {
        var bare = DocumentText.StripBrackets(title);
        var defined = Definition.Match(description);
        if (defined.Success)
        {
            var people = defined.Groups[1].Value;
            var body = defined.Groups[2].Value;
            if (bare.Contains(people, StringComparison.Ordinal) && Hiring.Any(h => body.Contains(h, StringComparison.Ordinal))
                && !VillageMarks.Any(v => body.Contains(v, StringComparison.Ordinal) || people.Contains(v, StringComparison.Ordinal)))
            {
                return $"本办法所称{people}";
            }
        }
        foreach (var head in OwnHeads)
        {
            for (var at = bare.IndexOf(head, StringComparison.Ordinal); at > 0; at = bare.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var name = bare[..(at + head.Length)];
                if (OwnWorkTitle.IsMatch(bare[name.Length..]) && !VillageMarks.Any(v => name.Contains(v, StringComparison.Ordinal))
                    && !Governing.Any(g => name.Contains(g, StringComparison.Ordinal)))
                {
                    return $"{name}自身工作";
                }
            }
        }
        return null;
    }
}
