using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 11 (developed on rt18 and rt19, classes ranked by how many authors' parts show them). Each rule is stated
/// as a county approver would say it and tested on sentences written for these tests — other verbs, order and genres, 村
/// and 社区, long and short — with papers of the same kind beside them whose demand on the villages must still fire.
/// </summary>
public sealed class DocumentReadingPhase11Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资;(引进|促进) ~10 (项目|企业) ~12 (落户|签约|投资)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-03", TitleZh = "征收拆迁", Recognisers = "(征收|拆迁) ~6 (协议|补偿)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "市场监管", Recognisers = "(市场|食品) ~12 (查处|检查|执法)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全监管", Recognisers = "(安全|隐患) ~20 (停用|查封|监管责任)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;考核;评比;打分;末位" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;(拍照|照片) ~6 (上传|上报)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;承诺书;(公开|当众) ~8 承诺" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-0", TitleZh = "其他证明", Recognisers = "(出具|开具) ~24 证明" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1 (rt7, rt8, rt10, rt16; rt12 and rt9 show it too): "A paper the village's own self-government adopts or
    // publishes — its villagers' meeting's decision, what its 两委 put to the representatives, its notice board — is the
    // village running its own affairs: it puts no department's work on the village."
    [Theory]
    [InlineData("桂花村夏季纳凉晚会安排（经村民代表会议通过）", "晚会设歌舞、戏曲两类节目，按观众投票排名，前三名发纪念品。")]
    [InlineData("社区居民议事会决定", "经社区居民议事会协商同意，楼道文明评比每季度一次，评比结果在楼道口张贴。")]
    [InlineData("新店村两委关于村道保洁的安排", "村道保洁由各村民小组轮流负责，每周评比一次，得分最低的小组下周多扫一天。经村两委会议商定。")]
    [InlineData("柏树社区居务公开栏（第三季度）", "本季度居民小组长考核结果：全部合格。小区停车位收费标准不变。")]
    public void TheVillagesOwnPaper_PutsNothingOnIt(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // A town's notice that mentions a villagers' meeting in passing: the town still ranks the villages.
    [InlineData("关于土地流转工作的通知", "各村：\n流转方案经村民代表会议通过后报镇里，镇里每月对各村流转进度排名。", "AS-1")]
    // The village's own minutes report what the town demanded of it: the sentence keeps its reading.
    [InlineData("团结村村民代表会议纪要（经会议表决通过）", "会上传达：镇里要求各村本月签订安全生产责任书。", "PV-1")]
    // An office issues it: not the village's own paper.
    [InlineData("区农业农村委关于村级考核的通知", "经区农业农村委党组会议审议通过，对各村年度工作考核排名。", "AS-1")]
    public void APaperWithAnOutsideDemand_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 2 (rt12, rt18, rt19): "A phrase whose first words stand inside an office's name (征收 in 区征收办, 市场 in
    // 县市场监管局) names the office, which does what follows; it is not the village's act."
    [Theory]
    [InlineData("片区改造说明", "这一片的拆迁是县征收办在谈，补偿协议也是他们签，村里只负责通知户主。")]
    [InlineData("职责分工", "四、职责分工\n区市场监管局负责查处无证经营。")]
    [InlineData("签约新闻稿", "区投资促进局与某集团签约，项目总投资2亿元。")]
    public void AnOfficesName_IsNotTheVillagesAct(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于征收工作的通知", "县征收办牵头，各村负责与农户签订征收补偿协议。", "FM-03")]
    [InlineData("市场整治安排", "各社区对辖区市场开展检查，发现问题及时查处。", "FM-06")]
    [InlineData("招商任务", "请各村促进企业签约落户，每村不少于1家。", "FM-01")]
    public void AVillageDoingTheWork_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 3 (rt18, twice): "A town's name right before 各村/各社区 says whose villages they are: the villages act."
    [Theory]
    [InlineData("任务表", "白石镇各村2027年招商引资目标任务如下。", "FM-01")]
    [InlineData("督办单", "督办对象：红枫镇各村\n督办内容：红枫镇各村对辖区餐饮店的燃气安全履行监管责任。", "FM-05")]
    [InlineData("街道通知", "河西街道各社区每周对辖区商户排名。", "AS-1")]
    public void ATownsVillages_Act(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("镇里的工作", "白石镇政府负责招商引资，各村不承担。")]
    [InlineData("县里安排", "县投资促进局负责招商引资，与各村无关。")]
    [InlineData("分工", "红枫镇对辖区市场开展检查，村里不参与。")]
    public void TheTownItself_StillDoesItsOwnWork(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 4 (rt18; rt14 shows the speaker label too): "A body's name before a colon on a line that goes on to ask the
    // villages is who speaks — a forwarding cover or a chat message's sender — not whom the paper is sent to."
    [Theory]
    [InlineData("转发：走访工作要求", "镇民政办：请各村书记抓好落实。\n——原文——\n走访干部每次走访须在平台打卡。", "CI-1")]
    [InlineData("群消息", "街道综治中心：各社区注意，网格员每天在小程序签到两次。", "CI-1")]
    [InlineData("转发通知", "县卫健委转：请村(社区)按以下要求办。\n一、每周五前上报入户照片上传情况。", "CI-1")]
    public void ASenderBeforeTheColon_AsksTheVillages(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("关于统计工作的通知", "各部门：\n请各部门工作人员每天在系统签到。")]
    [InlineData("转发通知", "县卫健委：社区卫生服务中心工作人员每天签到。")]
    [InlineData("工作提示", "各乡镇：请安排站所干部每天打卡。")]
    public void AnAddresseeOfOtherBodies_PutsNothingOnTheVillages(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 5 (rt8, rt18, rt19): "A demand the paper says was, or is to be, cleaned up — 对…要求…进行了清理, 清理…涉村考核
    // 事项 — is undone, not made."
    [Theory]
    [InlineData("减负答问", "我们对有关单位要求村里开具证明的做法进行了全面清理。")]
    [InlineData("会议纪要", "会议要求各单位月底前清理本单位涉村评比事项。")]
    [InlineData("整改报告", "对向社区摊派考核的事项予以纠正。")]
    public void ADemandCleanedUp_IsUndone(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("卫生整治", "各村要对房前屋后进行清理，每月排名。", "AS-1")]
    [InlineData("清理行动", "请各社区对辖区市场进行清理整顿和执法检查。", "FM-06")]
    [InlineData("证明办理", "清理工作结束后，请各村为申请人出具收入证明。", "BZ-0")]
    public void CleaningUpAsWork_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 6 (rt18; a phase-10 withdrawal misread): "现 inside 发现 is no 'now', and ordering a third party to stop
    // (责令停用) is enforcement: neither withdraws the notice's demand."
    [Theory]
    [InlineData("督办单", "各村对辖区农家乐燃气安全履行监管责任，逐户检查，发现隐患责令停用。", "FM-05")]
    [InlineData("通知", "各社区要落实安全监管责任，出现隐患的勒令停用。", "FM-05")]
    [InlineData("通知", "请各村每天打卡，发现问题的现场拍照上传后停用设备。", "CI-1")]
    public void EnforcementAfterAFinding_IsNoWithdrawal(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("调整通知", "各村每天打卡签到，现停止执行。")]
    [InlineData("调整通知", "原要求各社区每月评比，自即日起取消。")]
    [InlineData("调整通知", "各村签订的安全责任书，现予收回。")]
    public void AWithdrawalNow_StillWithdraws(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 7 (rt19): "不 before a quality word judges how well something was done (氛围不浓, 完成率不高); it negates no act."
    [Theory]
    [InlineData("情况通报", "区征兵办检查了各社区宣传情况，东门社区、西门社区宣传氛围不浓，排在末位。", "AS-1")]
    [InlineData("通报", "北坡村、南坡村工作不扎实，排名靠后。", "AS-1")]
    [InlineData("通报", "各村积极性不高的，年底考核扣分。", "AS-1")]
    public void AQualityJudgement_IsNoNegation(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("通知", "各村不排名，不考核。")]
    [InlineData("通知", "社区不参与评比。")]
    [InlineData("通知", "村里无需打卡。")]
    public void ARealNegation_StillNegates(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 8 (rt19): "行政村 and 自然村 are kinds of village, not one village called by its name."
    [Theory]
    [InlineData("县长在治理推进会上的讲话", "县治理办每月对各乡镇和行政村的治理情况进行排名。", "AS-1")]
    [InlineData("讲话稿", "每个自然村都要排名。", "AS-1")]
    [InlineData("工作简报", "请各行政村打卡签到。", "CI-1")]
    public void AKindOfVillage_IsEveryVillage(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 9 (rt5, rt9 labels found for the right reason): "企业所在村, 项目所在社区 — the village where something is —
    // is a village: it acts."
    [Theory]
    [InlineData("整改方案", "由企业所在村负责对食品作坊开展检查。", "FM-06")]
    [InlineData("整改方案", "由市场所在社区负责日常检查。", "FM-06")]
    [InlineData("整改方案", "项目所在村负责签订征收补偿协议。", "FM-03")]
    public void TheVillageWhereSomethingIs_Acts(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("分工", "由区市场监管所负责检查，企业所在村不承担。")]
    [InlineData("分工", "市场检查由县市场监管局负责。")]
    [InlineData("分工", "企业所在地的市场监管所负责查处。")]
    public void AnOfficeNearTheVillage_StillActs(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 10 (rt19; phase 10 saw the same list named in an attachment line): "A certificate demand that runs into
    // 事项清单/清单/目录 names the list of what the village may issue; it demands nothing."
    [Theory]
    [InlineData("答记者问", "我区已公布村(社区)可出具证明事项清单，清单外的不开。")]
    [InlineData("办事提示", "群众可对照社区可开具证明清单了解能办什么。")]
    [InlineData("政策解读", "县里印发了村级可出具证明目录，共十项。")]
    public void TheListOfWhatMayBeIssued_DemandsNothing(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("通知", "请各村为申请人出具收入证明，清单另附。", "BZ-0")]
    [InlineData("通知", "各社区开具居住证明后列入台账。", "BZ-0")]
    [InlineData("通知", "请村委会出具证明，并附家庭成员清单。", "BZ-0")]
    public void ACertificateDemandNearAList_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
