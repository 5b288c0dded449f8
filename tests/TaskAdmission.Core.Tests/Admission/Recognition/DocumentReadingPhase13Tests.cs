using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 13 (developed on rt22, rt23 and rt24; classes ranked by how many authors' parts show them): who the
/// paper's words name as performer. Each rule is stated as a county approver would say it and tested on sentences written
/// for these tests, with sentences of the same kind beside them whose demand on the villages must still fire.
/// </summary>
public sealed class DocumentReadingPhase13Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "市场监管", Recognisers = "(市场|食品) ~12 (查处|检查|执法)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-07", TitleZh = "环境监管", Recognisers = "(扬尘|排放|排污) ~12 (监管|查处)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;考核;评比;通报 ~6 (表扬|批评)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;截图;(拍照|照片) ~6 (上传|上报|发群)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-1", TitleZh = "亲属关系证明", Recognisers = "亲属关系 ~10 证明" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-0", TitleZh = "其他证明", Recognisers = "(出具|开具) ~24 证明" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1 (rt24 four times; rt9 shows it): "包村干部, 联村领导, 挂村干部 are the township's cadres assigned to villages:
    // the 村 in their name is not the village acting, nor the one assessed; they act as the township does."
    [Theory]
    [InlineData("关于包村干部履职情况的通报", "镇机关各办：\n对全体包村干部开展季度考核，按得分排名。")]
    [InlineData("挂村干部管理办法", "镇机关各办：\n挂村干部每天在乡党委组织办打卡。")]
    [InlineData("联村领导工作安排", "联村领导每月评比一次，结果在机关内部公布。")]
    // The assignment named without a cadre's head: 包村联户 is the township's cadres' work.
    [InlineData("机关考核", "镇机关各办：\n镇党委决定对机关干部包村联户工作进行年度考核，按得分在机关内部排名。")]
    public void CadresAssignedToVillages_AreNotTheVillage(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // The village itself is still named: its own cadres are assessed.
    [InlineData("关于村干部履职情况的通报", "镇机关各办：\n对全体村干部开展季度考核，按得分排名。", "AS-1")]
    // A cadre assigned to a village who passes a demand on to it: the village named after him acts.
    [InlineData("包村工作安排", "包村干部督促各村每天在平台打卡。", "CI-1")]
    [InlineData("驻村工作提示", "驻村工作队要求村两委每月评比一次各村民小组，排名张榜。", "AS-1")]
    // A team sent to live in the village is not another body that takes the demand away: its check-in still fires.
    [InlineData("走访留痕", "驻村工作队员入户走访时拍照上传平台。", "CI-1")]
    public void TheVillageNamedBesideTheCadres_StillActs(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 2 (rt8, rt11, rt13, rt17, rt18, rt22, rt24): "A paper or an act named first and refused by the village at the
    // end of the sentence (这种证明村里不出; 亲属关系证明，以后社区一律不开) is a topic the village refuses, not a demand."
    [Theory]
    [InlineData("答复", "你反映的亲属关系证明村里不出，请到派出所办理。")]
    [InlineData("工作提示", "亲属关系方面的证明，以后社区一律不开。")]
    [InlineData("办理说明", "继承人之间的亲属关系由公证处核实，居委会不需要出具。")]
    public void AThingTheVillageRefuses_IsNotDemanded(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // A refusal forbidden (不得拒绝) is a demand.
    [InlineData("通知", "群众办理遗属待遇需要的亲属关系证明，村里不得拒绝出具。", "BZ-1")]
    // The village refuses something else, after the demand: 不出现 is no refusal to issue.
    [InlineData("通知", "请各村为申请人出具亲属关系证明，村里不出现差错。", "BZ-1")]
    // The refusal names another thing after a demand it makes: 不开展 is no refusal to issue.
    [InlineData("通知", "请各社区出具亲属关系证明，社区不开展其他核查。", "BZ-1")]
    public void ADemandTheVillageMustNotRefuse_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 3 (rt9, rt24 twice): "A correction says what the earlier notice demanded and withdraws it now (现予更正, 现予删除,
    // 前发通知…现更正为): what it recalls is not operative; what replaces it is."
    [Theory]
    [InlineData("更正通知", "本所3月2日印发的通知中要求村委会出具亲属关系证明，现予更正：改由派出所核查。")]
    [InlineData("更正", "前发通知要求各村开具亲属关系证明，现更正为：由民政办通过系统核对。")]
    [InlineData("更正通知", "我局前期下发的通知第三条“各社区出具亲属关系证明”的要求，现予删除。")]
    public void ACorrection_WithdrawsTheEarlierDemand(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // What replaces the withdrawn demand asks the village again.
    [InlineData("更正通知", "本所3月2日印发的通知有误，现予更正：请各村为申请人出具亲属关系证明。", "BZ-1")]
    // 提前发放 holds 前发 but recalls nothing.
    [InlineData("通知", "补贴提前发放，请各村出具亲属关系证明，更正为每户一份。", "BZ-1")]
    // No earlier paper named: a demand stays.
    [InlineData("通知", "请各社区出具亲属关系证明。", "BZ-1")]
    public void ADemandMadeNow_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 4 (recall; rt24 twice, rt23 shows the kind): "A body that counts, collects or keeps the photos and check-ins
    // (镇办每晚统计…, 截图由镇农办保存) receives them; the villages the sentence names make them."
    [Theory]
    [InlineData("禁烧群消息", "各村护林员每天发一次现场照片，截图由镇林业站统一保存。", "CI-1")]
    [InlineData("群消息", "各社区网格员入户后打卡，镇综治中心每周汇总打卡次数。", "CI-1")]
    [InlineData("工作提示", "各村保洁员每天签到，签到由街道城管办每日核对。", "CI-1")]
    public void TheVillagesProof_ReceivedByABody_IsTheVillagesAct(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // No village named: the body's own staff check in and the body keeps the record.
    [InlineData("机关考勤", "机关干部每天签到，签到记录由镇党政办统一保存。")]
    // The body itself takes the screenshots it keeps: it does not receive them from villages.
    [InlineData("平台巡检", "区城管中心截图后统一存档。")]
    // The body's own staff check in and another office counts: no village makes anything.
    [InlineData("巡查安排", "镇安办干部巡查时在平台打卡，打卡次数由镇党政办每月统计。")]
    public void ABodysOwnCheckIn_IsNotTheVillages(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Review of phase 13. A village's refusal is a topic only when it states what the village will not do: a refusal
    // followed by 的 is a condition (村里不出具的，予以通报), one introduced by 如/若/凡 is a case the notice foresees, and
    // one whose clause goes on past a comma names a penalty. The demand before them still fires.
    [Theory]
    [InlineData("通知", "请各村为申请人出具亲属关系证明，村里不出具的，予以通报。", "BZ-1")]
    [InlineData("通知", "请各村委会为申请人出具亲属关系证明，如村委会不予出具，由镇民政办通报。", "BZ-1")]
    [InlineData("通知", "请各社区为申请人出具亲属关系证明，若社区不出具，按考核办法扣分。", "BZ-1")]
    [InlineData("通知", "各村每天在平台打卡，村里不参加的，扣分。", "CI-1")]
    public void ARefusalTheNoticeForeseesOrPenalises_DoesNotHideTheDemand(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Review of phase 13. 包村/联村/挂村 name cadres only as a word of their own followed by 干部/领导/工作队; at the end of a
    // village's name (三联村, 新联村, 红联村) the 村 is the village, and its demand fires.
    [Theory]
    [InlineData("通知", "三联村干部每天在平台打卡。", "CI-1")]
    [InlineData("通知", "新联村每月评比一次各村民小组，排名张榜。", "AS-1")]
    [InlineData("通知", "请红联村为申请人出具亲属关系证明。", "BZ-1")]
    [InlineData("通知", "新联村干部要为申请人出具亲属关系证明。", "BZ-1")]
    public void AVillageWhoseNameEndsIn联村_StillActs(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Review of phase 13. Only the notice withdrawing now recalls: 提前发的 holds 前发的, and 予以删除 is what a demand asks
    // the villages to do with wrong entries (对重复登记的人员予以删除).
    [Theory]
    [InlineData("通知", "补贴提前发的，请各村为申请人出具亲属关系证明，更正为每户一份。", "BZ-1")]
    [InlineData("通知", "各村出具亲属关系证明后，对此前重复登记的人员予以删除。", "BZ-1")]
    [InlineData("通知", "请各村为申请人出具亲属关系证明，此前重复登记的予以删除。", "BZ-1")]
    public void ADemandHoldingWordsOfACorrection_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Session 13 review: 不符合 withdraws a practice the notice recalls, but 不符合条件的 sorts people the villages must act on.
    [Theory]
    [InlineData("通知", "对此前登记的人员逐户复核，不符合条件的予以清退，请各村为每户出具亲属关系证明。", "BZ-1")]
    [InlineData("通知", "此前摸排的名单中不符合标准的，由各村出具亲属关系证明后上报。", "BZ-1")]
    public void AQualifyingTestBesideAnEarlierList_DoesNotWithdrawTheDemand(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("通知", "此前要求各村出具亲属关系证明的做法不符合减负规定。")]
    public void APracticeRecalledAsAgainstTheRules_IsStillWithdrawn(string title, string description)
    {
        Assert.DoesNotContain("BZ-1", Fired(title, description));
    }
}
