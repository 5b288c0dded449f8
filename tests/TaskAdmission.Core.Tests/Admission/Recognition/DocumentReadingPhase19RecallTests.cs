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
            Recognisers = "打卡;签到;(拍照|照片|合影|合照) ~10 (上传|发群|群里);(都要拍|须拍) ~12 照片;(户主|农户|本人) ~6 (合影|合照);(视频|视频会议) ~10 点名;(视频|摄像头) ~8 (接通|应答)",
        },
        new ListItem
        {
            Kind = ListKind.Lexicon, Code = "DM-1", TitleZh = "示范创建", Category = LexiconFamilies.Demonstration,
            Recognisers = "示范村;样板村;样板站;示范站;示范基地;示范学校;(创建|评选) ~8 (示范|样板|最美|文明|健康)",
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

    // "A campaign the villages must enter is aimed at them, whoever runs it: the village chosen, counted or named as the
    // model in the campaign's sentence is the one created, not the body that runs, selects or judges the campaign."
    [Theory]
    // The missed wording: a notice to the townships.
    [InlineData("关于打造“无诈乡村”样板的通知", "各乡镇：\n县反诈中心将在全县打造10个“无诈乡村”样板村，每个乡镇推荐1至2个村。")]
    // A forwarded chat message naming the villages chosen.
    [InlineData("松岗镇工作群", "【转发】县文明办：明年在全县推出一批文明实践样板站，我镇推荐大坪村、竹林村，3月底前完成。")]
    // Minutes.
    [InlineData("区生态环境局局务会议纪要", "会议决定：每个镇街选择1个村建设生态文明示范基地，10月迎接全市观摩。")]
    // Evasion: 试点 and 选取 instead of 示范 and 打造.
    [InlineData("关于开展“无废乡村”试点的通知", "各镇：\n区里将在全区选取6个村开展“无废乡村”示范创建，明年推广经验。")]
    // Every village entered, named before the campaign.
    [InlineData("石桥镇“最美村庄”评选工作通知", "全镇各村均须参加“最美村庄”评选，不得缺项。")]
    public void ACampaignTheVillagesMustEnter_IsAimedAtThem(string title, string description)
    {
        Assert.Contains("DM-1", Fired(title, description));
    }

    [Theory]
    // The campaign's own name is no village entered; the villages named after it only assist.
    [InlineData("法治宣传", "民主法治示范村的评审由县司法局组织专家进行，请各村协助做好普法宣传。")]
    // A department's campaign of its own stations or of schools names no village.
    [InlineData("区城管局关于垃圾分类示范站建设的通知", "区城管局年内在全区打造10个垃圾分类示范站。")]
    [InlineData("县教育局关于示范学校评选的通知", "县教育局开展示范学校评选，每个乡镇推荐1所学校。")]
    // A department's own rating, reported in its summary.
    [InlineData("区卫健委2026年工作总结", "我委组织开展“健康村”评选，由区卫健委聘请第三方进行评估。")]
    public void ACampaignOfNoVillage_OrTheVillagesAssisting_StaysQuiet(string title, string description)
    {
        Assert.DoesNotContain("DM-1", Fired(title, description));
    }

    // "A roll call is made on the ones who must answer it, not on the office calling it."
    [Theory]
    // The missed wording.
    [InlineData("冬季夜间巡防工作提示", "各村（社区）：\n镇综治中心每晚通过视频会议系统随机点名，被点名的带班干部须在2分钟内接通视频。")]
    // Minutes.
    [InlineData("镇防汛工作会议纪要", "会议明确：汛期各村值班人员须保持在岗，镇应急办将不定时视频点名，值班人员须在2分钟内开启摄像头应答。")]
    // A chat message.
    [InlineData("值班群通知", "各村：今晚镇党政办随机视频点名，接到的3分钟内接通视频，镜头对准值班室。")]
    public void ARollCallOnTheVillages_IsTheirCheckIn(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    [Theory]
    // A department's roll call of its own staff, in its own paper to its own sections.
    [InlineData("区应急管理局关于本局值班值守的通知", "各科室：\n局办公室将不定时视频点名，值班人员须在2分钟内开启摄像头应答。")]
    // A roll call nobody must answer.
    [InlineData("镇综治工作会议纪要", "会上镇综治中心通过视频会议系统点名表扬了先进网格。")]
    public void ADepartmentsOwnRollCall_OrOneNobodyAnswers_StaysQuiet(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }
}
