using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 10 (developed on rt15, rt16 and rt17, with the lesson of phase 9: its rules fixed what they were written
/// on and little else). Each rule is stated as a county approver would say it, and tested here on sentences written for
/// these tests in other words, other order and other genres than any corpus notice — villages and 社区, long and short —
/// with papers of the same kind beside them whose demand on the villages must still fire.
/// </summary>
public sealed class DocumentReadingPhase10Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "代收税费", Recognisers = "(代收|代征|收取|催缴) ~12 (税|费)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;考核;评比;打分;考评" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;(拍照|照片) ~6 (上传|上报|报送)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;承诺书;(签订|签署|递交|填写) ~10 (承诺|责任|保证)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "牌子", Category = LexiconFamilies.Signboard, Recognisers = "牌子;挂牌" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-0", TitleZh = "其他证明", Recognisers = "(出具|开具) ~24 证明" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. Hits(title, description).Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1: "A demand the notice stops now — in a clause of its own after it, or in a cell of a 减负 table — is withdrawn."
    [Theory]
    [InlineData("关于调整村级报表的通知", "各村：\n镇里去年布置的每日打卡报到，现已停止执行。")]
    [InlineData("社区工作提示", "各社区每周上报的入户签到记录，从下周起取消。")]
    [InlineData("关于收回招商任务的通知", "各村：\n年初分到各村的招商引资任务，经研究，现予收回。")]
    [InlineData("减负清单", "| 以前的做法 | 现在 |\n| 各社区每月参加评比 | 取消 |\n| 村干部每天打卡 | 取消，改为有事报告 |")]
    [InlineData("整改措施", "一、停用所有要求村干部打卡的小程序。\n二、取消要求各社区签订责任书的做法。")]
    public void ADemandStoppedNow_IsWithdrawn(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // The sanction 取消…资格 goes on after the verb: not a withdrawal.
    [InlineData("关于签订责任书的通知", "各村：\n请各村与镇政府签订安全责任书，未签订的，自下月起取消评优资格。", "PV-1")]
    // A withdrawal cannot carry a new demand with it.
    [InlineData("工作调整", "各社区：\n原来的周评比自即日起取消，改为各社区每天在平台打卡。", "CI-1")]
    // A table row that keeps the demand (its later cell is not a withdrawal).
    [InlineData("村级任务表", "| 任务 | 要求 |\n| 各村招商引资 | 每村引进项目1个 |", "FM-01")]
    // Stopping something else while demanding: 停用旧系统，各村改用新平台打卡.
    [InlineData("系统切换通知", "各村：\n旧系统下月停用，各村干部改在新平台每天打卡。", "CI-1")]
    public void ADemandThatIsNotStopped_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 2: "A paper reporting what was done (a 情况通报, a weekly report) tells; what it gives to no one is not asked of
    // the villages — unless a sentence names them."
    [Theory]
    [InlineData("区农业农村委2027年一季度执法检查情况通报", "一季度共开展执法检查56次，排名靠前的是城东片区。")]
    [InlineData("驻村帮扶队第十周工作周报", "队员每天早上在手机上打卡，本周全员在岗。")]
    [InlineData("关于全区热线工单办理情况的通报", "各部门满意率排名见附表，请后三名的部门说明原因。")]
    public void AReportOfWhatWasDone_PutsNothingOnTheVillages(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于人居环境整治情况的通报", "本月对各村人居环境进行了检查，各村得分排名如下，后两名的村要作出说明。", "AS-1")]
    [InlineData("关于防汛值守情况的通报", "各社区要安排人员每天打卡值守。", "CI-1")]
    [InlineData("镇党政办工作周报", "下周起，请各村书记每天在群里签到。", "CI-1")]
    public void AReportThatAsksTheVillages_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 3: "A title that is a question (…吗, 为什么…) asks; it does not demand."
    [Theory]
    [InlineData("问答：社区还要参加年度评比吗", "答：不再参加。")]
    [InlineData("一问一答：村里为什么不用每天打卡了", "答：县里已经统一取消。")]
    [InlineData("政策解读：村干部还要签责任书吗？", "答：部门不得要求。")]
    public void ATitleThatAsks_DemandsNothing(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("问答：社区还要参加年度评比吗", "答：要参加，各社区的得分排名每季度通报一次。", "AS-1")]
    [InlineData("村里为什么还要打卡", "答：请各村干部继续每天打卡，这是镇里的要求。", "CI-1")]
    [InlineData("关于村级年度考评的通知", "各村：\n年底对各村进行考评并排名。", "AS-1")]
    public void AnAnswerThatDemands_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 4: "A demand described as someone else's — residents who ask, units that ask, someone who collects in the
    // village's name — is what the notice deals with, not what it asks; an attachment line names a paper."
    [Theory]
    [InlineData("关于居民开证明的答复", "请转告各社区，如遇居民要求开具此类证明的，告知其到派出所办理。")]
    [InlineData("工作提示", "各村：\n对要求村里出具清单外证明的部门，可直接向镇减负办反映。")]
    [InlineData("税务提醒", "我局不委托村委会代收税款；若有人以社区名义收取税费，请向税务局举报。")]
    [InlineData("转发通知", "各村：\n现将文件转发给你们。\n附件：村（社区）可出具证明事项目录")]
    public void ADescribedDemand_IsNotMade(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于开具证明的通知", "各社区：\n遇居民办理低保的，请各社区为其出具家庭收入证明。", "BZ-0")]
    [InlineData("关于代收税费的通知", "各村：\n我局委托各村代收辖区内的零星税费，按月交我局。", "FM-02")]
    [InlineData("关于附件的说明", "附件：请各村于月底前出具村民居住证明并盖章。", "BZ-0")]
    public void ADemandMadeOfTheVillages_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 5: "A test whose pass earns a person a certificate examines trainees; a photo sent to report what was found is
    // a report, not proof of presence; what is excepted from a removal is kept."
    [Theory]
    [InlineData("关于举办电工培训的通知", "请各村推荐2名村民参加，培训结束统一考核，考核合格的发给结业证书。")]
    [InlineData("网格巡查提示", "各社区网格员巡查时，发现占道经营的，拍照上报街道城管科处理。")]
    [InlineData("河湖管护提示", "各村：如发现河面有死鱼，请拍照报镇水利站。")]
    [InlineData("清理牌子的通知", "各村：\n除村党组织、村委会的牌子外，其余牌子一律摘除。")]
    public void ExamsReportsAndExceptions_PutNothingOnTheVillages(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于村级考核的通知", "各村：\n年终考核合格的村授予先进村牌子。", "AS-1")]
    [InlineData("走访工作要求", "各村：\n村干部每次入户都要拍照上传平台，发现问题及时处理。", "CI-1")]
    [InlineData("挂牌工作通知", "各村：\n除统一的村委会牌子外，还要挂牌“综治中心”。", "SB-1")]
    public void ACheckInARankingOrASign_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 6 (recall): "A pledge signed or handed in binds the signer, whatever verb brings it and whatever it is called;
    // 自愿 before a penalty is the pledge's words, not a choice."
    [Theory]
    [InlineData("关于防火工作的通知", "各村：\n请各村书记月底前到镇里递交《森林防火承诺书》。", "PV-1")]
    [InlineData("关于值守的通知", "各社区主任须签订《节日值守承诺》，承诺值守期间不离岗。", "PV-1")]
    [InlineData("安全工作", "各村要填写《防溺水工作承诺卡》并签字盖章，交镇教育办。", "PV-1")]
    [InlineData("关于整改的通知", "各村书记向镇党委递交整改保证书，写明再出问题本人自愿接受处理。", "PV-1")]
    public void ASignedPledge_Fires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // A pledge instrument cited, not signed: its title is a citation.
    [InlineData("关于印发范本的通知", "现将《安全生产责任书范本》印发给各部门参考。")]
    // A pledge taken by choice.
    [InlineData("倡议", "各村可自愿签订《文明乡风承诺书》，不作考核要求。")]
    // A pledge form a department fills in for itself.
    [InlineData("区应急局工作安排", "区应急局各科室填写《廉洁自律承诺书》。")]
    public void APledgeNotAskedOfTheVillages_DoesNotFire(string title, string description)
    {
        Assert.DoesNotContain("PV-1", Fired(title, description));
    }

    // Rule 7 (recall): "A paper that assesses the towns may still score the villages one by one; a finding ends where the
    // sentence asks."
    [Theory]
    [InlineData("街道工作考核办法", "一、考核对象：各街道办事处。\n二、区里每季度对各社区台账抽查，按社区逐一打分，通报各社区得分排名。", "AS-1")]
    [InlineData("镇街考评细则", "考评对象：各镇。\n对各村防火检查情况逐村评分，各村排名末位的扣所在镇2分。", "AS-1")]
    [InlineData("协查函", "经查，该户无法提供户籍档案，请你村为其出具亲属关系证明。", "BZ-0")]
    [InlineData("核查情况", "经核查，申请人情况属实，请所在社区开具居住证明后交我局。", "BZ-0")]
    public void VillagesScoredOrAskedAfterAFinding_Fire(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("镇机关考核细则", "考核对象：镇机关各站所。\n由各村对站所的服务打分，考核结果在机关内部排名。")]
    [InlineData("督查通报", "经查，部分部门要求村里出具证明，已责令整改。")]
    [InlineData("镇街考评细则", "考评对象：各镇。\n各村干部参加培训的情况，由镇里统一打分。")]
    public void AStatedObjectOrAFinding_StillHolds(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule 8 (recall): "Who sanctions a failure is not who does the work; a village that assists a body and acts on its
    // behalf does the act; a body that made the object (X制作的标牌) is not who acts with it."
    [Theory]
    [InlineData("关于入户走访的通知", "各村：\n网格员每周入户一次，入户照片当天上传平台，没有上传的按缺勤处理，由街道网格中心每月通报。", "CI-1")]
    [InlineData("党员联户", "各社区党组织：\n党员走访时拍照上传小程序，逾期未传的，由镇组织办约谈。", "CI-1")]
    [InlineData("关于代收水费的通知", "请各村配合县水务公司做好宣传，并代为收取农户的水费。", "FM-02")]
    [InlineData("关于协助征收的通知", "各社区：\n请各社区协助街道财政所，逐户上门，代替其催缴卫生费。", "FM-02")]
    [InlineData("阵地建设", "请各街道指导每个社区在服务大厅挂上区妇联统一设计的牌子。", "SB-1")]
    [InlineData("关于村史馆的通知", "各村：\n请各村在村部悬挂县档案馆印制的“村史馆”牌子。", "SB-1")]
    public void AVillageThatDoesTheWork_IsStillFound(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // The body named with 由 does the work itself (no failure condition between).
    [InlineData("关于巡查的通知", "各村：\n河道巡查照片当天上传平台，由区河长办专职巡河员负责。")]
    // Assisting without acting on the body's behalf: the collection is the body's.
    [InlineData("关于协助的通知", "请各村协助县税务局做好宣传，由税务局工作人员上门收取税费。")]
    // The body that made the boards hangs them itself.
    [InlineData("关于标识牌的通知", "区文旅局统一制作并悬挂“文化驿站”牌子，社区无需另行制作。")]
    public void WorkLeftWithTheBodyThatDoesIt_DoesNotFire(string title, string description)
    {
        Assert.Equal([], Fired(title, description).Except(["AS-1"]));
    }

    [Fact]
    public void AWithdrawal_NamesTheVerbThatStoppedIt()
    {
        var hit = Assert.Single(Hits("工作提示", "各社区：\n每周上报的入户签到记录，从下周起取消。"), h => h.Entry.Code == "CI-1" && h.Field == "description");
        Assert.Equal(VerdictReason.NotOperative, hit.Verdict.Reason);
        Assert.Equal("取消", hit.Verdict.Cue);
    }
}
