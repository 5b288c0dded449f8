using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 27 (helper s27-2): whose paper it is, who does the act, what a negation reaches. A negation that covers
/// a list closed by 等 or opened by a denied duty or a coverb; a title that regulates after a degree adverb; a paper that
/// states its own scope; a check-in made by tourists, by an inspecting team in the villages or by the writer; an operator's
/// own 主体责任; a procurement's unnamed supplier; a letter signed by one village. Beside each quieting shape, the same
/// shape used to put the banned work on the villages anyway must fire. Every sentence is written for these tests.
/// </summary>
public sealed class Phase27DoerAndScopeTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // 不要求 … a list closed by 等 and the means it names, then the act.
    [InlineData("关于党员学习记录方式的说明", "各党支部：\n学习情况以会议记录为准，不要求支部委员借助照片、截屏、短视频、实时定位等手段在各类软件上留痕。")]
    public void ANegationReachesPastAListClosedByDeng(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The list ends the prohibition; a clause of its own demands the trace.
    [InlineData("关于党员学习记录方式的说明", "各党支部：\n不要求支部委员借助照片、截屏等手段，但各村每次学习后须在软件上留痕。")]
    // What replaces the list is demanded.
    [InlineData("关于党员学习记录方式的说明", "各党支部：\n不要求支部委员借助照片、截屏等手段而改为各村每天在软件上拍照留痕。")]
    public void AListClosedByDeng_ThenADemand_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // 不承担 opens a list of duties however long.
    [InlineData("关于明确社区职责边界的意见", "各街道：\n居委会依法自治，不承担招商引资、协税护税、拆违控违、消防安全、食品安全、河湖环境等监管的主体责任。")]
    public void ADeniedDutyCoversItsList(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The denial ends at its clause; the next clause gives the supervision to the village.
    [InlineData("关于明确社区职责边界的意见", "各街道：\n居委会不承担招商引资、协税护税，辖区小餐馆食品安全的监管由居委会来负责。")]
    public void ADeniedDuty_ThenOneGivenToTheVillage_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // 不 before a coverb phrase (不按…、按…) negates the ranking it modifies.
    [InlineData("关于开展爱心捐赠的倡议", "全体职工：\n捐赠完全自愿，不按部门、按村（社区）汇总排名，不公布个人数额。")]
    public void ANegatedCoverbPhrase_NegatesItsVerb(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // The negation ends at the comma; the villages are ranked.
    [InlineData("关于爱心捐赠情况统计的通知", "各村：\n不按部门汇总，按村（社区）汇总排名并通报。")]
    // A failure to comply (不按时) describes whom the ranking is aimed at.
    [InlineData("关于爱心捐赠情况统计的通知", "各镇：\n对不按时上报捐赠数据的村（社区）排名通报。")]
    public void ACoverbNegationThatEnds_OrNamesAFailure_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A paper limited to the township's own staff, the villages named as outside it.
    [InlineData("关于规范上下班打卡的通知", "自下月起，上下班统一在考勤机上打卡签到，结果每月公示。本通知仅适用于全镇在编人员，不适用于村（社区）干部。")]
    [InlineData("青竹镇防汛值守排班表", "汛期镇防汛值守安排如下。值守人员在值守系统签到后接听电话。本排班表仅限镇直单位干部，村（社区）照常做好巡查报告即可。")]
    public void APaperLimitedToOtherStaff_IsTheirs(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // No limit word: the villages are inside the scope.
    [InlineData("关于规范上下班打卡的通知", "上下班统一在考勤机上打卡签到。本通知适用于全镇在编人员和各村（社区）干部。")]
    // Limited, then extended to the villages.
    [InlineData("关于规范上下班打卡的通知", "上下班统一在考勤机上打卡签到。本通知仅适用于全镇在编人员，各村（社区）干部参照执行。")]
    // Limited to the villages themselves.
    [InlineData("关于规范上下班打卡的通知", "上下班统一在考勤机上打卡签到。本通知仅适用于各村（社区）干部。")]
    public void AScopeThatTakesInTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Townspeople checking in at a village's blossom trail do it for themselves.
    [InlineData("梨园村关于开放赏花步道的通知", "乡亲们：\n村东梨园已成为市民赏花拍照打卡的好去处，步道周末开放，请大家注意安全。")]
    // An inspecting team photographing where it stood.
    [InlineData("区卫健委暗访组关于卫生室暗访情况的通报", "青竹镇人民政府：\n4月9日，暗访组工作人员在青竹村、白鹭村卫生室现场拍摄了视频。请于月底前完成整改。")]
    // The writer screenshots the villages' pages itself, and says the village need not.
    [InlineData("区统计局联络员群消息", "各位联络员：季末我们会在系统后台把各村的报表页面截图留存，截图由我们自己完成，村里不用截图。")]
    public void ACheckInMadeByItsOwnDoer_IsNotTheVillages(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The villages organise the tourists' check-in.
    [InlineData("关于赏花节宣传的通知", "各村：\n请各村组织游客拍照打卡，把截图发到群里。")]
    // A village cadre joined to the tourists as a second subject.
    [InlineData("关于赏花节宣传的通知", "各村：\n节日期间村干部和游客一起拍照打卡。")]
    // The team asks the villages to film.
    [InlineData("区卫健委暗访组关于卫生室暗访情况的通报", "青竹镇人民政府：\n暗访组工作人员要求青竹村、白鹭村现场拍摄视频上传。")]
    // The writer screenshots, but the villages must still screenshot weekly.
    [InlineData("区统计局联络员群消息", "各位联络员：季末我们会在系统后台把各村的报表页面截图留存，截图由我们自己完成，但各村每周还要截图报送一次。")]
    public void ACheckInPutOnTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The contractor running the service, named as the clause's subject, bears its own duty.
    [InlineData("关于学校食堂托管的安排", "各村：\n食堂实行托管，运营方是今年中标的餐饮配送公司，负起食品安全的主体责任。各村只需收集家长意见。")]
    // An enterprise's own duty named as a task heading of a plan not addressed to the villages.
    [InlineData("工贸行业安全工作要点", "一、工作目标。全年不发生较大事故。\n二、主要任务。（一）落实企业燃气安全主体责任。")]
    public void AnOperatorsOwnDuty_IsNoSupervision(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The duty pressed on the enterprises by the paper's addressees, the villages: supervision.
    [InlineData("关于工贸行业安全工作的通知", "各村：\n压实企业燃气安全主体责任。")]
    // The same heading in a paper to the villages, no operator named as its subject.
    [InlineData("工贸行业安全工作要点", "各村：\n（一）落实企业燃气安全主体责任。")]
    // The village itself named as the bearer.
    [InlineData("关于学校食堂托管的安排", "各村：\n食堂实行托管，运营方是今年中标的餐饮配送公司，各村负起食品安全的主体责任。")]
    public void AnOperatorsDutyUrgedOrPutOnTheVillage_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A procurement names its purchaser; the supplier it has yet to choose posts the staff who check in.
    [InlineData("河道日常保洁采购需求", "采购人：青竹镇人民政府\n一、服务内容：镇域内三条河道日常保洁。\n二、管理要求：供应商派驻保洁员不少于6人，保洁员上岗后在采购人指定的小程序里打卡定位。")]
    public void AProcurementsSupplier_IsTheSecondParty(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The same procurement, and the villages' cadres told to check in at the river.
    [InlineData("河道日常保洁采购需求", "采购人：青竹镇人民政府\n一、服务内容：镇域内三条河道日常保洁。\n二、管理要求：沿河各村村干部每日在小程序里打卡定位。")]
    public void AProcurementThatPutsTheCheckInOnTheVillages_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A reply whose title names no writer, signed by one village, refusing an employer's request.
    [InlineData("关于不予开具无违法记录证明的复函", "某物流公司：\n贵公司要求本村为拟录用的司机王某开具无违法记录证明书。该事项不在村委会可开的证明之列，不予开具，请王某到派出所申请。\n白鹭村民委员会\n2026年8月3日")]
    public void ALetterSignedByOneVillage_IsItsAnswer(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The same letter consenting.
    [InlineData("关于开具无违法记录证明的复函", "某物流公司：\n贵公司要求本村为拟录用的司机王某开具无违法记录证明书。经研究，本村同意为其开具。\n白鹭村民委员会\n2026年8月3日")]
    // A township signing, telling a village to issue it.
    [InlineData("关于开具无违法记录证明的复函", "某物流公司：\n贵公司所提事项，现请白鹭村村委会为拟录用的司机王某开具无违法记录证明书。\n白鹭镇人民政府\n2026年8月3日")]
    public void ALetterThatConsents_OrATownshipsLetter_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // An inspection's findings heading heads its whole paragraph, not only the first sentence after it.
    [InlineData("区委督导组反馈意见", "督导发现的主要问题：……二是基层减负落得不实。镇里给各村建了十多个工作群，要求每晚截图报送。\n整改要求：本月内清理涉村工作群。")]
    public void AFindingsHeading_HeadsItsParagraph(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A later sentence of the paragraph demanding with a modal of its own.
    [InlineData("区委督导组反馈意见", "督导发现的主要问题：……二是基层减负落得不实。今后各村须每晚截图报送。\n整改要求：本月内清理涉村工作群。")]
    // A later sentence asking.
    [InlineData("区委督导组反馈意见", "督导发现的主要问题：……二是基层减负落得不实。请各村每晚截图报送。")]
    public void AFindingsParagraph_ThatDemandsAgain_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A village's report offering help beside the enforcer an earlier clause of the same sentence names.
    [InlineData("关于河滩违建处置的情况报告", "青竹镇人民政府：\n河滩上的两处违建，建议由镇执法中队依法处理，村里能派人带路、协助做好住户的思想工作。\n青竹村民委员会")]
    public void HelpBesideAnEnforcerInTheSameSentence_IsHelp(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The village takes the demolition itself.
    [InlineData("关于河滩违建处置的情况报告", "青竹镇人民政府：\n河滩上的两处违建，建议由镇执法中队依法处理，村里负责拆除并做好住户的思想工作。\n青竹村民委员会")]
    // The help must deliver the vacated land by a date.
    [InlineData("关于河滩违建处置的通知", "各村：\n河滩上的两处违建，由镇执法中队依法处理，村里做好住户的思想工作，确保月底前腾退。")]
    public void HelpThatDemolishesOrDelivers_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);
}
