using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 (the sweep of rt7–rt38 continued): papers that forbid, papers that say who issues, acts of other
/// bodies. Each rule is one a county approver would state; every sentence is written for these tests, and beside each rule
/// stand the wordings in which a department uses the same shape to put the banned work on the villages anyway — those
/// still fire.
/// </summary>
public sealed class Phase23SweepTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "有些乡把保洁、检查交给村里 tells what some townships did, as 有些乡要求村里… does; 存在将…交给居委会的现象 is a practice
    // found. Neither hands the work to the villages."
    [Theory]
    [InlineData("关于防止工作层层下压的通知", "各乡镇：\n近期暗访看到，有些乡把河道保洁、农贸市场检查等工作一股脑交给村里，还要求村干部签订保证书。今后此类工作由乡里自行承担。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于防止工作层层下压的通知", "各乡镇：\n近期暗访看到，有些乡把河道保洁、农贸市场检查等工作一股脑交给村里，还要求村干部签订保证书。今后此类工作由乡里自行承担。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于规范下派执法事项的通知", "各执法队、各街道：\n自查中发现，我局个别中队存在将拆除违章搭建、查处流动摊贩等事项交给居委会的现象。以上事项一律由执法队办理。", PrecheckRules.ProhibitedItem)]
    public void AHandOverByBodiesReported_IsNotTheVillagesWork(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // A later clause that names the villages as its subject, or demands with a modal of its own, is the paper's demand.
    [InlineData("各乡镇：\n有些乡把协税护税任务交给村里，做法可以推广，今后各村要签订协税护税责任书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("各乡镇：\n有些乡把招商任务交给村里，各村每年须完成招商引资指标300万元。", PrecheckRules.ProhibitedItem)]
    // No reported requester: the paper itself hands the work down with 把.
    [InlineData("各乡镇：\n请各乡镇把拆除违章搭建的任务交给村里，由村里组织人员拆除。", PrecheckRules.ProhibitedItem)]
    public void AHandOverThePaperMakesItself_StillFires(string description, string rule) =>
        Fires("关于防止工作层层下压的通知", description, rule);

    // "把…证明梳理了一遍：A证明、B证明等今后不再要求村委会开具 — what the list's own clause says is done with the papers
    // decides; the heading only names which papers were looked at."
    [Fact]
    public void APaperWhoseOwnClauseRefusesIt_IsNotIssuedByTheVillage() =>
        Quiet("关于梳理证明事项的通知", "各部门：\n乡里把各部门过去让村委会开具的证明梳理了一遍：婚姻状况证明、亲属关系证明、无犯罪记录证明等今后不再要求村委会开具。",
            PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The list's own clause, or the next, gives the papers to the village.
    [InlineData("婚姻状况证明、亲属关系证明等，今后一律由村委会开具。")]
    [InlineData("婚姻状况证明、亲属关系证明等今后统一由村委会开具。")]
    // One paper stands outside the refused list.
    [InlineData("婚姻状况证明等今后不再要求村委会开具，亲属关系证明仍由村委会出具。")]
    public void APaperTheVillageIsStillToIssue_StillFires(string list) =>
        Fires("关于梳理证明事项的通知", "各部门：\n乡里把各部门过去让村委会开具的证明梳理了一遍：" + list, PrecheckRules.ProhibitedCertificate);

    // "招商指标不给各乡镇所辖的村和居委会分配 refuses the hand-down, however long the names of the villages are."
    [Fact]
    public void AHandDownRefusedBeforeALongListOfVillages_IsRefused() =>
        Quiet("县商务局工作要点", "二、招商引资指标不给各乡镇所辖的村和居委会分配，由县招商中心负责完成。", PrecheckRules.ProhibitedItem);

    [Theory]
    // The refusal is of another body; the villages get the task after all.
    [InlineData("二、招商引资指标不给县直单位分配，直接分配到各村，每村300万元。")]
    [InlineData("二、招商引资指标不给企业分配，由各村负责完成。")]
    [InlineData("二、招商引资指标不给企业分配，给各村分配，每村300万元。")]
    public void AHandDownRefusedToAnotherBody_StillFires(string description) =>
        Fires("县商务局工作要点", description, PrecheckRules.ProhibitedItem);

    // "查实乡镇干部篡改村级报表的，县统计局依法立案 — the bureau opens the sentence's main part; the village named in the case
    // is what the case is about."
    [Fact]
    public void ABodyAfterACondition_ActsThoughTheConditionNamesTheVillages() =>
        Quiet("关于严禁篡改统计数据的通知", "各乡镇：\n查实乡镇干部篡改村级报表数据的，县统计局依法立案调查并通报。", PrecheckRules.ProhibitedItem);

    [Theory]
    // The village after the condition acts; a body after it that tells the village to act hands the act on.
    [InlineData("各村：\n发现有人私搭乱建的，村委会须立即立案处理。")]
    [InlineData("各村：\n村里发现私搭乱建的，乡执法队要求村委会立即立案处理。")]
    public void TheVillageAfterACondition_StillActs(string description) =>
        Fires("关于私搭乱建查处的通知", description, PrecheckRules.ProhibitedItem);

    // "不得要求村核算满意率并上传照片 forbids the whole demand: 并 joins the acts the villages must not be asked to do."
    [Fact]
    public void ActsJoinedInsideAForbiddenDemand_AreForbidden() =>
        Quiet("关于规范满意度调查的通知", "各乡镇：\n三、不得要求村（社区）干部上门发放问卷、代群众填写答卷，不得要求村（社区）核算群众满意率并上传照片。",
            PrecheckRules.AppCheckIn);

    [Theory]
    // A modal after 并, in its own clause or the same one, demands again.
    [InlineData("各乡镇：\n不得要求村（社区）核算群众满意率，并须每日上传入户照片。")]
    [InlineData("各乡镇：\n三、不得要求村（社区）干部上门发放问卷，不得要求村（社区）重复核算满意率并须每日上传入户照片。")]
    public void AModalAfterTheJoin_StillDemands(string description) =>
        Fires("关于规范满意度调查的通知", description, PrecheckRules.AppCheckIn);

    // "之前部分村收取的保证金统一退还 pays back what was collected before; 通知第五条“村可代为收取保费”，本乡不予执行 cites a
    // clause in order not to carry it out. Neither asks the villages to collect."
    [Theory]
    [InlineData("关于护林保证金的说明", "山林防火的处罚由县林业局依法实施，村委会不得收取任何保证金。之前部分村收取的“护林保证金”，统一在本季度退还村民。")]
    [InlineData("关于转发县医保局缴费通知的说明", "各村：\n县医保局的征缴通知已转到群里。通知第五条“村（居）委会可代为收取保费”，本乡不予执行，村干部一律不经手现金。")]
    public void ACollectionPaidBackOrACitedClauseNotCarriedOut_IsNoCollection(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // No past mark: the villages collect now and pay back later.
    [InlineData("关于护林保证金的说明", "各村：\n各村收取的“护林保证金”，年终统一退还村民。")]
    // A new collection after the refund.
    [InlineData("关于护林保证金的说明", "各村：\n之前各村收取的“护林保证金”，统一在本季度退还村民，今后各村每户收取100元。")]
    // The cited clause carried out, or the collection demanded after the refusal.
    [InlineData("关于转发县医保局缴费通知的说明", "各村：\n县医保局的征缴通知已转到群里。通知第五条“村（居）委会可代为收取保费”，本乡照此执行，请村干部做好代收。")]
    [InlineData("关于转发县医保局缴费通知的说明", "各村：\n县医保局的征缴通知已转到群里。通知第五条“村（居）委会可代为收取保费”，本乡不予执行，但村干部要代为收取保费并每日报进度。")]
    public void ACollectionStillDemanded_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    // "停用APP对村干部的定位签到 stops the check-in."
    [Fact]
    public void ACheckInAppStopped_IsNoCheckIn() =>
        Quiet("关于规范巡河工作的通知", "各乡镇：\n即日起停用“巡河宝”APP对村干部的定位签到和里程统计，不再要求村干部每天巡河打卡。", PrecheckRules.AppCheckIn);

    [Theory]
    // Something else stopped, or the check-in moved to another app.
    [InlineData("各乡镇：\n即日起停用纸质巡河记录，村干部每天在“巡河宝”APP签到。")]
    [InlineData("各乡镇：\n即日起停用旧平台改用“巡河宝”APP对村干部每天签到。")]
    public void ACheckInKeptOrMoved_StillFires(string description) =>
        Fires("关于规范巡河工作的通知", description, PrecheckRules.AppCheckIn);

    // "对照花名册核对老人是否健在 checks a fact on a list; no certificate is issued where the sentence names no paper, no
    // issuing verb and no stamp."
    [Theory]
    [InlineData("关于困难老人信息核对的通知", "各乡镇：\n请各村（居）委会对照花名册核对困难老人是否健在、联系电话是否有变，在花名册上勾选后交乡民政办。")]
    [InlineData("关于社区康复帮教服务的通知", "各乡镇：\n帮教工作由司法所和社会组织承担。村（居）委会配合社会组织掌握社区康复人员的生活和工作情况，需要时村干部带路一次。")]
    public void AFactCheckedWithNoPaperNamed_IsNoCertificate(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A paper, an issuing verb or a stamp in the sentence makes it a certificate again.
    [InlineData("各乡镇：\n请各村（居）委会核对困难老人是否健在，并出具证明交乡民政办。")]
    [InlineData("各乡镇：\n请各村（居）委会逐一确认困难老人是否健在，村委会盖章后交乡民政办。")]
    [InlineData("各乡镇：\n请各村（居）委会填写困难老人健在情况确认单，交乡民政办。")]
    public void AFactTheVillageCertifies_StillFires(string description) =>
        Fires("关于困难老人信息核对的通知", description, PrecheckRules.ProhibitedCertificate);

    // "通知公司负责人到乡安监站接受约谈 — the interview is of the company's head; the village only passes word on."
    [Fact]
    public void AnInterviewReceivedByAnotherBody_IsNotOfTheVillage() =>
        Quiet("关于厂矿隐患整改的说明", "隐患整改由乡安监站会同县应急局执法大队督促厂矿落实。有关村只需通知相关公司负责人到乡安监站接受约谈，不承担监管职责。",
            PrecheckRules.AssessmentBan);

    [Theory]
    // The village's own cadres receive the interview.
    [InlineData("各村：\n安全隐患整改不力的，村党组织书记到乡安监站接受约谈。")]
    [InlineData("各村：\n整改不力的村，由村党组织书记到乡安监站接受约谈。")]
    public void AnInterviewTheVillageReceives_StillFires(string description) =>
        Fires("关于厂矿隐患整改的通知", description, PrecheckRules.AssessmentBan);

    // "按县自然资源局职责和乡执法队职责分别办理 gives the acts to those bodies by their duties, as 由 does."
    [Fact]
    public void ABodyNamedByItsDuties_DoesTheAct() =>
        Quiet("关于土地执法工作会商纪要", "会商明确：一、违法用地的调查、立案和恢复原状，按县自然资源局职责和乡综合执法队职责分别办理；二、下次会商另行通知。",
            PrecheckRules.ProhibitedItem);

    [Theory]
    // The villages' duties, a duty that only states a requirement, and the villages named as the doers.
    [InlineData("会商明确：一、违法用地的调查、立案和恢复原状，按各村职责分别办理。")]
    [InlineData("会商明确：一、根据县自然资源局职责要求，各村要对违法用地立案调查。")]
    [InlineData("会商明确：一、违法用地的立案调查，按县自然资源局职责由各村具体办理。")]
    public void TheVillagesStillNamedAsDoers_StillFire(string description) =>
        Fires("关于土地执法工作会商纪要", description, PrecheckRules.ProhibitedItem);

    // Lexicon: "测评期间, 测评问题, 测评电话 name the public survey's period, questions and phone line; no village is rated."
    [Theory]
    [InlineData("关于规范满意度调查工作的通知", "各乡镇：\n今年满意度测评期间，不得组织干部入户教群众答题，不对各村下达指标。")]
    [InlineData("关于协助宣传满意度调查的函", "县委政法委请各村利用公开栏张贴满意度测评电话，宣传品由县委政法委统一印制。")]
    public void TheSurveysPeriodQuestionsOrPhoneLine_RateNoVillage(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The villages rated in another clause, or ranked beside the survey's words.
    [InlineData("各乡镇：\n测评期间，镇里将对各村进行测评打分。")]
    [InlineData("各乡镇：\n满意度测评期间，各村群众答对测评问题的比例按村排序通报。")]
    public void TheVillagesRatedBesideTheSurvey_StillFire(string description) =>
        Fires("关于规范满意度调查工作的通知", description, PrecheckRules.AssessmentBan);
}
