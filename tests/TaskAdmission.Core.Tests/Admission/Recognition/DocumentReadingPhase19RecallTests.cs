using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 19 (work the pre-check missed): prohibited work of a rule family that the readers let pass, closed by
/// general readings. Each is tested on the missed wording and on variants in other words and genres (a chat message, a
/// table row, minutes), beside honest sentences with the same words that must stay quiet.
/// </summary>
public sealed class DocumentReadingPhase19RecallTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem
        {
            Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "照片留痕", Category = LexiconFamilies.AppCheckIn,
            Recognisers = "打卡;签到;(拍照|照片|合影|合照) ~10 (上传|发群|群里);(都要拍|须拍) ~12 照片;(户主|农户|本人) ~6 (合影|合照)",
        },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "A proof of a visit is the visitor's: the household visited (每户走访时…, 每户都要拍…) or the person pictured with the
    // visitor (与户主合影, 户主…与走访人合影) is not the one checking in."
    [Theory]
    // The missed wording (a notice to the villages).
    [InlineData("关于村干部走村入户的要求", "各村：\n村干部每人每天走访群众5户，每户走访时在“民情直通”APP上点击“走访”，并上传与农户的合影一张。")]
    // A chat message.
    [InlineData("燃气隐患排查群通知", "各位网格员：今天入户排查燃气隐患，每户都要拍燃气灶和软管照片，晚上统一发群里。")]
    // Minutes: the householder posed with the visitor.
    [InlineData("镇乡村振兴办工作会议纪要", "会议要求：村干部走访监测户，须请户主手持当天报纸与走访人合影，照片当天上传。")]
    // A heading-style work plan row.
    [InlineData("关于开展春节走访的工作提示", "各村：\n请各村对辖区困难群众逐户走访，每户走访须在APP“走访”栏目拍照上传。")]
    // Evasion: 核实 instead of 走访, the photo of each household's door.
    [InlineData("关于核实出租房屋的通知", "各社区：\n入户核实时，每户都要拍门牌照片，当天上传系统。")]
    public void TheHouseholdVisitedOrPictured_IsNotTheOneCheckingIn(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // The public's own check-in and a contest households enter for themselves.
    [InlineData("景区国庆活动公告", "游客可与景区雕塑合影，上传朋友圈参与打卡活动。")]
    [InlineData("关于开展“最美家庭”评选的通知", "居民可上传与家人的合影参加评选。")]
    [InlineData("关于开展会议的通知", "请各户派代表参加会议，到会时签到。")]
    // The department's own staff make the visit and keep their own proof.
    [InlineData("县民政局关于开展高龄老人走访的通知", "县民政局工作人员入户走访时，每户须与老人合影上传。")]
    public void AnHonestCheckInOrTheDepartmentsOwnPhotos_StayQuiet(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }
}
