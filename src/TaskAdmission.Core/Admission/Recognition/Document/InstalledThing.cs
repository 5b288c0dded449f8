namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 28) An installation that is a thing's, not an app's: 健身器材由厂家负责安装，安装后纳入…设施管理. The ban on forced
/// installs is about apps pressed on the village's people and counted; the approver asks what is installed. A check-in match
/// led by 安装 ([installed_thing.verbs]) in a sentence that names a physical thing ([installed_thing.things]: 器材, 设备,
/// 设施 …) and no app, program or account ([installed_thing.apps]: APP, 小程序, 软件, 公众号 …) installs the thing. Not when the
/// sentence names an app anywhere (各村安装…APP，安装后纳入考核), nor a match led by 下载, 注册 or 关注 (…下载人数纳入考核).
/// </summary>
internal static class InstalledThing
{
    private static readonly string[] Verbs = RecognitionCues.Instance.List("installed_thing.verbs");
    private static readonly string[] Things = RecognitionCues.Instance.List("installed_thing.things");
    private static readonly string[] Apps = RecognitionCues.Instance.List("installed_thing.apps");

    /// <summary>The thing the match installs (安装：器材), or null.</summary>
    public static string? Of(FieldReading field, RecognitionHit hit)
    {
        if (Verbs.FirstOrDefault(v => hit.MatchedText.StartsWith(v, StringComparison.Ordinal)) is not { } verb
            || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var (first, last) = ClauseScope.SentenceClauses(field.Clauses, k);
        var sentence = field.Text.Text[field.Clauses[first].Start..field.Clauses[last].End];
        if (Apps.Any(a => sentence.Contains(a, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return Things.FirstOrDefault(t => sentence.Contains(t, StringComparison.Ordinal)) is { } thing ? $"{verb}：{thing}" : null;
    }
}
