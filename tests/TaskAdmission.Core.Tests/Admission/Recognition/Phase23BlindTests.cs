using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 (the false blocks of the last blind parts, rt41–rt44): clean papers refused because a withdrawal
/// came after the practice it withdraws, an assessment of other bodies punished a practice on the villages, a paper said
/// whom it assesses, a body wrote to its own staff or members, or an upward report said what was also not done. Each rule
/// is checked on the demo lists with sentences written for these tests, and beside it stand the wordings in which a
/// department uses the same shape to put the banned work on the villages anyway — those still fire.
/// </summary>
public sealed class Phase23BlindTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A practice the paper says is over — already withdrawn (已于…撤销), the former one no longer used (原…不再使用), ended
    // (终止委托…), taken back in a chat (…不用做了), or recalled and withdrawn by the next sentence (此前…。该…即日起取消) — is
    // put on no village."
    [Theory]
    [InlineData("关于文化站近期工作的通知", "各村：\n镇文化站原计划开展的“最美庭院”村级评比活动，因涉及对村评比，已于10月撤销，原发通知一并作废。", PrecheckRules.AssessmentBan)]
    [InlineData("关于废止村级环境卫生考核办法的通知", "各乡镇人民政府：\n自本通知印发之日起，不再对村（社区）开展环境卫生考核，原考核结果不再使用。", PrecheckRules.AssessmentBan)]
    [InlineData("镇综治办工作群消息", "各村：上周说的出租屋数据接龙不用做了，镇里已经从平台导出，大家不用再在群里接龙。", PrecheckRules.AppCheckIn)]
    [InlineData("关于终止村委会代征集贸市场税款的通知", "各村委会：\n经研究，县税务局决定自2027年1月1日起终止委托各村委会代征集贸市场零星税款，纳税人自行申报缴纳。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于调整巡河工作的通知", "各村：\n镇河长办此前对各村巡河照片上传情况实行周排名通报。经研究，该通报自即日起取消。", PrecheckRules.AssessmentBan)]
    // A cancelled list named as what is done to the villages, however long.
    [InlineData("关于规范村级评比工作的通知", "各镇（街道）：\n自2027年起停止各镇（街道）职能部门对村（社区）组织的年度工作考核、专项评比排名和通报。", PrecheckRules.AssessmentBan)]
    public void APracticeThePaperSaysIsOver_IsNotPutOnTheVillages(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // What replaces the practice withdrawn is read where it stands.
    [InlineData("关于村级评比活动的通知", "各村：\n镇文化站的村级评比活动已于10月撤销，改为每季度对各村人居环境排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于调整村级环境卫生考核的通知", "各乡镇人民政府：\n原考核办法不再使用，今后每月对各村进行考核排名。", PrecheckRules.AssessmentBan)]
    [InlineData("镇综治办工作群消息", "各村：上周说的出租屋数据接龙不用做了，请各村每天在群里打卡报平安。", PrecheckRules.AppCheckIn)]
    [InlineData("关于调整零星税款征收方式的通知", "各村委会：\n自2027年1月1日起终止委托镇财政所代征，改由各村委会代征集贸市场零星税款，年底前完成代征任务。", PrecheckRules.ProhibitedItem)]
    // The next sentence points back at the practice but keeps or changes it, or replaces it after withdrawing it.
    [InlineData("关于调整巡河工作的通知", "各村：\n镇河长办此前对各村巡河照片上传情况实行周排名通报。该通报自即日起改为日排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于调整巡河工作的通知", "各村：\n镇河长办此前对各村巡河照片上传情况实行周排名通报。经研究，该通报即日起取消，改为按月对各村排名通报。", PrecheckRules.AssessmentBan)]
    // The recalled sentence also asks something new: the back reference withdraws one practice, not that demand.
    [InlineData("关于调整巡河工作的通知", "各村：\n镇河长办此前对各村实行周排名通报，今后各村每天在群里打卡报巡河情况。该通报即日起取消。", PrecheckRules.AppCheckIn)]
    // A sanction's list after 取消, and a revocation of what was awarded, are no withdrawal.
    [InlineData("关于村级人居环境整治考核的通知", "各村：\n对整治排名靠后的村（社区），取消年度评先评优资格、通报批评并约谈村党组织书记。", PrecheckRules.AssessmentBan)]
    [InlineData("关于村级综合考核结果运用的通知", "各村：\n考核排名末位的村（社区），取消本年度评先资格，已评上的先进称号一律撤销。", PrecheckRules.PledgeOrVeto)]
    public void WhatTheWithdrawalKeepsOrPutsInItsPlace_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A case an assessment punishes (…要求村（社区）签订责任状的，每次扣1分) forbids the practice to the body assessed; the
    // villages it names are those acted on."
    [Theory]
    [InlineData("区级部门年度绩效考核细则（节选）", "区级部门要求村（社区）签订目标责任状的，每次扣1分。", PrecheckRules.PledgeOrVeto)]
    [InlineData("镇（街道）减负工作评分表", "项目｜分值｜扣分情形\n留痕管理｜20｜向村（社区）摊派拍照上传任务的每项扣2分", PrecheckRules.AppCheckIn)]
    [InlineData("县级部门工作规范（节选）", "第九条 县级部门对村（社区）开展评比排名的，每次扣1分。", PrecheckRules.AssessmentBan)]
    public void ACasePunishedInAnAssessmentOfOtherBodies_IsForbiddenNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The village is the case's own subject: it is the one assessed for not doing it.
    [InlineData("镇对村年度考核细则", "村（社区）未按要求签订目标责任状的，每次扣1分。", PrecheckRules.PledgeOrVeto)]
    // A reward for doing it punishes nothing.
    [InlineData("镇对村年度考核细则", "各村每天在APP打卡上传照片的，每次加1分。", PrecheckRules.AppCheckIn)]
    // The demand stands in a clause of its own after the penalised case.
    [InlineData("区级部门年度绩效考核细则（节选）", "区级部门要求村（社区）签订目标责任状的，每次扣1分；各村签订防火责任状，每年3月前完成。", PrecheckRules.PledgeOrVeto)]
    public void TheVillagesAssessedOrTheDemandApart_StillFire(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A paper that says whom it assesses or inspects (本细则用于县对各乡镇的年度考核, 督查对象为县直部门和各乡镇) ranks no
    // village where it does not score them."
    [Theory]
    [InlineData("区2027年度镇（街道）为民服务工作评分标准", "项目｜分值｜扣分情形\n窗口服务｜40｜群众投诉每件扣1分\n说明：本细则用于县对各乡镇的年度考核。")]
    [InlineData("区委督查室2028年度督查检查计划", "按照精简督查检查考核的规定，2028年计划开展督查2项。督查对象为县直部门和各乡镇，不向村（社区）下发通知。")]
    public void APaperThatSaysWhomItAssesses_RanksNoVillage(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("镇2027年度综合考核办法", "本办法用于镇对各村（社区）的年度考核。考核结果按村排名通报。")]
    [InlineData("区委督查室督查计划", "督查对象为各镇（街道）。督查结果按村逐一打分排名，在全区通报。")]
    [InlineData("区级部门工作评分标准", "本细则用于县对各乡镇的年度考核。各镇（街道）要对各村每月考核排名。")]
    public void APaperThatAssessesOrScoresTheVillages_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    // "A body writing to its own staff or members (各位客户经理：, 各位会员：) speaks to them: their check-ins are theirs."
    [Theory]
    [InlineData("信用社营业部工作群消息", "各位客户经理：本月走访个体工商户，每天出门前在内部系统定位签到，走访结束后上传门店照片，营业部每周核对。")]
    [InlineData("县餐饮协会会员群消息", "各位会员：协会年度茶话会定于1月8日举行，参加的会员请在群里接龙报名，注明人数。")]
    public void AMessageToABodysOwnStaffOrMembers_PutsNoCheckInOnTheVillages(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    [InlineData("信用社营业部工作群消息", "各位客户经理：请各村协理员每天在系统定位签到，并上传入户照片。")]
    [InlineData("县餐饮协会会员群消息", "各位会员：请转告各村书记每天在群里接龙报送宴席数量。")]
    public void AMessageThatPassesTheCheckInToTheVillages_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    // "A paper about the list of certificates — issued as the list allows (按清单出具), certificates as a kind of matter
    // (出具证明事项), or which papers the village may issue (可以出具哪些证明) — asks the village for none."
    [Theory]
    [InlineData("关于做好村（社区）出具证明事项规范工作的通知", "各镇（街道）：\n村（社区）仅出具清单内的证明，各部门不得要求群众到村开具清单外证明。")]
    [InlineData("东岭镇关于减负工作的自查报告", "区委减负办：\n今年我镇村级证明事项一律按清单出具，撤并村级工作群12个。")]
    [InlineData("关于开展便民政策宣传的通知", "各村：\n请各村通过广播向村民宣传，让群众知道村委会能开具哪些证明、哪些事项要到部门办理。")]
    public void APaperAboutTheListOfCertificates_AsksForNone(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A demand in a clause of its own beside the list.
    [InlineData("关于做好出具证明工作的通知", "各村：\n村级证明严格按清单出具，同时请各村为申请人出具家庭收入情况说明。")]
    // The word asking which stands before the paper, and the village is told to issue whatever is asked.
    [InlineData("关于做好便民服务的通知", "各村：\n无论群众要什么证明，村委会都要及时出具证明材料。")]
    public void ACertificateDemandedBesideTheList_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);

    // "An upward report saying what was not done, also (…，也未按村排名), asks the villages nothing: it is reviewed, not refused."
    [Fact]
    public void AReportSayingWhatWasAlsoNotDone_IsNotRefused()
    {
        const string title = "区商务局关于电商进村工作情况的报告";
        const string description = "区政府：\n电商进村工作由物流企业组织实施，没有向村里分派任务，也未按村排名。";
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.True(result.Outcome != PrecheckOutcome.Rejected, fixture.Explain(title, description));
    }

    [Fact]
    public void AReportThatRanksTheVillagesItself_IsStillRefused()
    {
        const string title = "区商务局关于电商进村工作情况的报告";
        const string description = "区政府：\n电商进村工作没有向村里分派任务，也未按村排名。下一步请各村每月上报网店数量，按村排名通报。";
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Equal(PrecheckOutcome.Rejected, result.Outcome);
    }
}
