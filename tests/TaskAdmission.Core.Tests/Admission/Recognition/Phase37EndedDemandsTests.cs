using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 37 (helper s37-2): a paper whose point is to end, cancel, lift or relax earlier demands on villages puts
/// nothing on them, except what it keeps or newly asks. (4) A demand the paper tells (…要求各村…, …布置了…的要求, 此前…) and
/// ends by name in a later sentence (停止要求各村上传…, 一、取消…接龙, 不再以…通报 — two pairs of characters of what it demanded)
/// is named only to end it; a replacement (改为…), a keep for some villages (…仍需…), an ending of another thing (the office's
/// own report, the paper ledger) or a sanction on a case (对未上传的村，取消…补贴) leaves it standing. What was done under an
/// ended campaign and is no longer followed up (已申报的示范村不再组织验收) asks nothing. A match that points back at a kind
/// (此类证明, 该类证明, 上述证明) whose other match the paper negates names the ended demand, unless the sentence keeps it.
/// Each rule is tried in other lines of work than the notices it came from. Every sentence is written for these tests.
/// </summary>
public sealed class Phase37EndedDemandsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // Health follow-up check-ins, river patrol photos, elderly visits, anti-fraud door-to-door photos, a library's daily
    // photos, rural housing survey photos — told, then ended by name in a later sentence or a listed item.
    [InlineData("关于调整村级河长巡河要求的通知", "各村：\n3月镇河长办在工作群布置了村级河长每天拍照上传巡河照片、在群里接龙报到的要求。根据基层减负要求，现调整如下：\n一、取消每天上传巡河照片和群内接龙报到，村级河长按月巡河即可。\n二、巡河中发现问题，电话告知镇河长办。")]
    [InlineData("关于停止社区报送独居老人走访照片的通知", "各社区：\n今年以来，街道民政办要求各社区每周报送独居老人走访照片并在群内签到。经调研，该做法增加了社区负担。\n即日起，街道民政办停止要求各社区报送走访照片和群内签到，走访情况由社区每季度口头通报即可。")]
    [InlineData("关于停止入户反诈宣传拍照发群的通知", "各村：\n今年3月以来，派出所要求各村网格员入户宣传反诈后拍照发群，每晚接龙报数。经研究，即日起停止入户宣传拍照发群和每晚接龙报数，宣传由民警结合日常走访开展。")]
    [InlineData("关于停止农家书屋开放打卡的通知", "各村：\n去年起县文旅局要求各村农家书屋每天拍摄开放照片上传平台打卡。经县文旅局研究，自6月1日起取消书屋开放照片上传和平台打卡，书屋开放情况由县图书馆抽查。")]
    [InlineData("关于农房安全排查有关事项的通知", "各村：\n4月以来，镇住建办要求各村每天上传农房排查照片并在群里接龙报进度。考虑到排查已基本完成，即日起停止上传农房排查照片和群里接龙报进度，剩余排查由镇住建办组织技术人员完成。")]
    [InlineData("关于停止各村接龙上报随访人数的通知", "各村：\n今年5月以来，镇卫生院要求各村每天在群里接龙上报入户随访人数。经了解，该做法重复统计，增加了村医负担。\n即日起，镇卫生院停止要求各村群内接龙上报随访人数，随访数据由系统自动汇总。")]
    public void ADemandToldThenEndedByName_CheckIn_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A ranking told as arranged before and cancelled in a listed item (a title that ends no matter by name).
    [InlineData("关于调整医保缴费进度通报方式的通知", "各村：\n年初镇医保办在群里布置了每天通报各村医保缴费进度排名的做法。现作如下调整：\n一、取消每天的缴费进度排名通报。\n二、缴费情况由镇医保办每月汇总后报县医保局。")]
    [InlineData("关于林长巡林工作的通知", "各村：\n此前县林业局要求对各村护林员巡林里程每周排名通报。自下月起不再对各村护林员巡林里程排名通报，巡林情况由林业站抽查。")]
    public void ADemandToldThenEndedByName_Ranking_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // One check-in replaced by another; kept for some villages; kept in the same breath (照常); the office's own report or
    // ledger ended, not the villages' check-in; a sanction on a case; the ended thing asked again (请各村继续…).
    [InlineData("关于调整村级河长巡河要求的通知", "各村：\n3月镇河长办在工作群布置了村级河长每天在群里接龙报到的要求。现调整如下：\n一、取消群内接龙报到，改为每天在小程序打卡并上传巡河照片。")]
    [InlineData("关于调整村级河长巡河要求的通知", "各村：\n3月镇河长办在工作群布置了村级河长每天拍照上传巡河照片的要求。现调整如下：\n一、取消每天上传巡河照片，沿河五个村仍需每天上传巡河照片。")]
    [InlineData("关于停止社区报送独居老人走访照片的通知", "各社区：\n今年以来，街道民政办要求各社区每周报送独居老人走访照片并在群内签到。\n即日起，街道民政办停止要求各社区报送走访照片，群内签到照常进行。")]
    [InlineData("关于取消镇级巡河日报的通知", "各村：\n今年起镇河长办要求各村每天在群里接龙报送巡河情况。即日起取消镇河长办每周向县里报送的巡河日报。")]
    [InlineData("关于巡河工作的通知", "各村：\n镇河长办要求各村每天拍照上传巡河照片。对未按时上传巡河照片的村，取消当月巡河补贴。")]
    [InlineData("关于农房安全排查有关事项的通知", "各村：\n4月以来，镇住建办要求各村每天上传农房排查照片并在群里接龙报进度。即日起停止纸质排查台账报送，请各村继续每天上传照片、接龙报进度。")]
    // An ending deferred to a time or case to come: the demand stands until then.
    [InlineData("关于做好防汛巡查的通知", "各村：\n镇应急办要求各村每天上传防汛巡查照片。汛期结束后，取消每天上传防汛巡查照片。")]
    [InlineData("关于做好防汛巡查的通知", "各村：\n镇应急办要求各村每天上传防汛巡查照片。待汛期结束，再取消每天上传防汛巡查照片。")]
    public void ADemandToldThenEndedByName_Twins_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // What was done under an ended campaign, no longer followed up: health, safety, women's federation, culture, farming.
    [InlineData("关于停止开展“卫生示范村”评选的通知", "各乡镇：\n县卫健局决定停止开展“卫生示范村”评选活动，已申报的示范村不再组织验收。")]
    [InlineData("关于停止开展“平安示范村”创建的通知", "各乡镇：\n经县委政法委研究，决定停止开展“平安示范村”创建活动，已命名的示范村不再复审。")]
    [InlineData("关于暂停“美丽庭院示范村”创建评比的通知", "各乡镇：\n县妇联决定暂停“美丽庭院示范村”创建评比，已确定的创建村不再组织检查验收。")]
    [InlineData("关于停止开展“书香示范村”评选的通知", "各乡镇：\n县文旅局决定停止开展“书香示范村”评选，已推荐的示范村不再组织复核。")]
    [InlineData("关于停止开展“数字农业示范村”创建的通知", "各乡镇：\n县农业农村局决定停止开展“数字农业示范村”创建，已申报的创建村不再组织评审。")]
    public void DoneUnderAnEndedCampaign_NoLongerFollowedUp_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.Demonstration);

    [Theory]
    // The campaign asked, not ended: what was done is to be inspected.
    [InlineData("关于开展“卫生示范村”评选的通知", "各乡镇：\n请各村积极申报“卫生示范村”创建，已申报的示范村要在6月底前迎接验收。")]
    [InlineData("关于开展“书香示范村”评选的通知", "各乡镇：\n县文旅局决定开展“书香示范村”评选，请各村对照标准申报创建。")]
    public void DoneUnderAnEndedCampaign_Twins_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // A certificate ended, then pointed back at (此类, 该类, 上述) where the village only explains: civil affairs, land,
    // schooling, household registration, credit.
    [InlineData("关于取消高龄津贴申领中村委会证明的通知", "各乡镇：\n自7月1日起，申领高龄津贴一律不再要求提交村委会出具的生存证明，由民政部门通过数据比对核验。各乡镇要指导村委会对前来开具此类证明的老人做好解释。")]
    [InlineData("关于取消宅基地审批中住房证明的通知", "各乡镇：\n办理宅基地审批时，不再要求申请人提交村委会出具的住房情况证明，由自然资源所调查核实。各村委会对前来开具此类证明的村民做好政策解释。")]
    [InlineData("关于取消入学居住证明的通知", "各街道：\n今年起，义务教育入学一律不再要求家长提交社区出具的居住证明，改由教育部门核验居住证信息。社区对上门开具该类证明的家长要耐心说明。")]
    [InlineData("关于取消户口迁移中亲属关系证明的通知", "各乡镇：\n办理投靠户口迁移，不再需要村委会出具亲属关系证明，由派出所调取户籍档案核实。村委会对前来开具此类证明的群众做好引导。")]
    [InlineData("关于取消贷款申请中收入证明的通知", "各乡镇：\n农户申请小额信用贷款，不再要求提供村委会出具的收入证明，由银行根据流水评估。村委会对来开具上述证明的农户做好解释。")]
    public void APointerBackAtAnEndedCertificate_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // Nothing ended before the pointer; the certificate kept for some (仍需, 继续).
    [InlineData("关于高龄津贴申领的通知", "各村：\n申领高龄津贴需提交生存证明。村委会要为前来开具此类证明的老人及时出具证明。")]
    [InlineData("关于取消高龄津贴申领中村委会证明的通知", "各乡镇：\n城区老人申领高龄津贴不再要求提交村委会出具的生存证明。农村老人仍需提交，村委会要继续为前来开具此类证明的老人出具。")]
    public void APointerBackAtAnEndedCertificate_Twins_Fire(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);
}
