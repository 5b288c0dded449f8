using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 34 (helper s34-4): banned work the pre-check let through at first sight, said in everyday words.
/// A note the village writes (写个情况说明) and stamps is a certificate even where the word 证明 never appears; goods the
/// village takes from people (予以收缴, 一律收缴) are a seizure; a veto worded as its effect names whom it strikes at length
/// (取消该村及其村干部当年评先评优资格); a check-in is a photo taken inside an app or a phone that locates by itself (App内拍摄,
/// 系统自动定位, 开启…位置服务). Each rule is tried in several lines of work, beside the twins that must stay quiet: negated,
/// given to another body, a company's or the public's act, a note nobody stamps. Every sentence is written for these tests.
/// </summary>
public sealed class Phase34UncaughtWorkTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // A note the village writes in everyday words (写个, 写份, 写张) and stamps: a certificate.
    [InlineData("关于医疗救助报销的回复", "@桃园村：申请人的住院材料不全，请村里写个情况说明，写清楚他家几口人、靠什么生活，盖上村委会的章后交社会事务办。")]
    [InlineData("关于养犬登记的通知", "各社区：居民办理养犬登记的，请社区写份说明，写明该犬只未伤过人，加盖社区公章后交派出所。")]
    [InlineData("群消息：水费减免", "各社区：困难户申请水费减免，社区给写张说明，写清楚家里有几个病人，盖个章就行。")]
    [InlineData("关于宅基地历史情况的回复", "石岭村：请村里写个情况说明，说清楚这块地是哪年分给他家的，盖村委会的章，周五前交自然资源所。")]
    [InlineData("银行客户经理留言", "张书记好，贷款审批要补材料，麻烦村里写个说明，说明他在本村养了多少头牛，盖上村委会的章拍照发我。")]
    [InlineData("关于务工人员招聘的通知", "各村：报名保安岗位的村民，请村里写张说明，写清楚本人在村期间没有违法犯罪，盖村委会的章。")]
    public void ANoteTheVillageWritesAndStamps_IsACertificate(string title, string description) =>
        AssertCertificate(title, description);

    [Theory]
    // Negated, given to another body, a company's own paper, a note nobody stamps (a written answer, not a certificate).
    [InlineData("关于医疗救助报销的通知", "各村：不得要求村里写个情况说明并盖上村委会的章作为报销依据。")]
    [InlineData("关于助学贷款的通知", "各村：家庭收入情况由申请人本人写份说明并签字，无需村委会盖章。")]
    [InlineData("关于工程结算的通知", "各施工单位：工期延误的，由施工单位写个情况说明，加盖单位公章后报项目办。")]
    [InlineData("关于整改情况的通知", "各村：对督查发现的问题，请写个情况说明，讲清楚整改进度，周五前发镇党政办邮箱。")]
    [InlineData("关于安全生产检查的通知", "各企业：检查发现的隐患，请企业写份说明，列明整改措施，由企业负责人签字。")]
    public void ANoteNobodyAsksTheVillageToStamp_StaysQuiet(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);
        fixture.AssertQuiet(title, description, PrecheckRules.UnlistedCertificate);
    }

    [Theory]
    // A note whose words name a certificate on the allowed list (residence, a student's family hardship) is that certificate.
    [InlineData("关于户籍迁移的回复", "各村：迁户口的群众需要村里写份证明，写明他在本村居住满五年，村委会盖章后到派出所办理。")]
    [InlineData("关于助学贷款的通知", "各村：学生办理助学贷款的，请村委会写份说明，写明家庭年收入，加盖村委会公章后交县资助中心。")]
    public void ANoteNamingAnAllowedCertificate_IsNotBlocked(string title, string description)
    {
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);
        fixture.AssertQuiet(title, description, PrecheckRules.UnlistedCertificate);
    }

    [Theory]
    // Goods the village takes from people: a seizure, in any line of work.
    [InlineData("关于烟花爆竹禁放的通知", "各村：发现流动摊点私自销售烟花爆竹的，由村干部上门予以收缴，登记后交镇安监办。")]
    [InlineData("关于长江禁渔的通知", "各村：对在禁渔区垂钓、使用地笼的，村护渔员一律收缴，收缴物品每月送镇农业站。")]
    [InlineData("关于农资打假的通知", "各村：对小卖部销售的无标签农药，各村当场予以收缴，并登记经营户名单。")]
    [InlineData("关于野生动物保护的通知", "各村：发现农户架设捕鸟网的，由村委会组织人员拆除，网具一律收缴，集中交林业站销毁。")]
    [InlineData("关于校园周边文化市场整治的通知", "各社区：对书报亭销售的低俗读物，社区网格员依法予以收缴，并将情况报街道文化站。")]
    [InlineData("关于整治占道经营的通知", "各社区：对占道摆摊屡教不改的，社区工作人员将其摊具予以收缴，交街道城管中队。")]
    public void GoodsTheVillageSeizes_IsEnforcement(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // Seized by the competent body; negated; a past report of the police's own seizures; the villagers hand in of their own will.
    [InlineData("关于烟花爆竹禁放的通知", "各村：发现流动摊点私自销售烟花爆竹的，及时报告派出所，由派出所依法予以收缴。")]
    [InlineData("关于长江禁渔的通知", "各村：村（社区）不得自行收缴渔具，发现违规垂钓的及时报告县农业执法大队，由执法大队一律收缴。")]
    [InlineData("关于农资打假的通知", "各村：对销售假劣农药的，由县农业综合执法大队当场予以收缴，各村不参与。")]
    [InlineData("县公安局2025年治爆缉枪工作总结", "2025年，县公安局共组织清查行动12次，对排查出的非法枪支弹药依法予以收缴。")]
    public void GoodsSeizedByTheCompetentBody_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A person's papers the village holds back: a seizure, whatever the line of work.
    [InlineData("关于重点时段稳控的通知", "各村：名单内人员的身份证由村里代为保管，活动结束后归还。")]
    [InlineData("关于社区戒毒人员管理的通知", "各社区：社区戒毒人员的身份证、护照由社区统一保管，期满后退还。")]
    [InlineData("关于移风易俗的通知", "各村：办丧事不按村规简办的，村里先把户主的户口簿扣下，整改后再还。")]
    [InlineData("关于欠薪纠纷调处的通知", "各村：务工人员讨薪期间，由村里把其身份证收走，防止去县里聚集。")]
    public void APersonsPapersTheVillageHolds_IsEnforcement(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // A found card kept for its owner; copies filed; negated; the police keep a card made for its holder.
    [InlineData("关于失物招领的通知", "各村：群众拾到的身份证由村里代为保管，及时联系失主或交派出所。")]
    [InlineData("关于低保档案管理的通知", "各村：低保户的身份证复印件由村里统一保管，归入档案。")]
    [InlineData("关于规范基层执法的通知", "各村：任何组织不得扣下或代为保管群众的身份证、户口簿。")]
    [InlineData("关于身份证领取的通知", "各村：已办好的身份证由派出所代为保管，请本人持回执到户籍窗口领取。")]
    public void APersonsPapersNotHeldByTheVillage_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // The veto said as its effect, whom it strikes named at length (该村及其村干部, 村“两委”全体成员).
    [InlineData("关于禁毒工作考评的通知", "各村：辖区发现制毒窝点的村，取消该村及其村干部当年一切评先评优资格。")]
    [InlineData("关于森林防火责任的通知", "各村：防火期内发生森林火灾的，取消村两委成员年度评先评优资格。")]
    [InlineData("关于控辍保学的通知", "各村：出现辍学未劝返的村，取消该村和村干部本年度评优资格。")]
    [InlineData("关于河道保洁考核的通知", "各村：河道出现垃圾漂浮被上级通报的，取消该村及村干部当年评先资格。")]
    [InlineData("关于安全生产工作的通知", "各社区：发生较大安全事故的社区，取消社区及其工作人员全年评先评优资格。")]
    [InlineData("关于防范非法集资的通知", "各村：辖区发生非法集资案件的村，取消该村全部村干部年度评优资格。")]
    public void TheVetoSaidAsItsEffect_Fires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // Negated; a company's own staff; a department's own officials; the rule restricts the practice.
    [InlineData("关于规范考核的通知", "各镇：不得以个别案件为由取消该村及其村干部当年一切评先评优资格。")]
    [InlineData("某保险公司员工管理办法", "公司员工违规销售的，取消该员工及其所在团队当年评先评优资格。")]
    [InlineData("县林业局机关考勤制度", "局机关干部无故缺勤三次以上的，取消该干部及所在科室年度评先评优资格。")]
    public void TheVetoSaidAsItsEffect_NotOnTheVillage_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.PledgeOrVeto);

    [Theory]
    // A photo taken inside an app, or a phone that locates by itself, as proof of the village's rounds.
    [InlineData("关于护林员巡护的通知", "各村：护林员巡山时须在“护林通”App内拍摄现场照片，每天不少于3张。")]
    [InlineData("关于村医随访的通知", "各村：村医入户随访时须在小程序上拍照，随访记录当日提交。")]
    [InlineData("关于网格员走访的通知", "各社区：网格员走访时打开手机端，系统自动定位，到户后在App内拍摄入户照片。")]
    [InlineData("关于巡河工作的通知", "各村：村级河长巡河须全程开启手机位置服务，巡河轨迹当日上传。")]
    [InlineData("关于防汛巡堤的通知", "各村：村干部巡堤时须打开定位功能，由小程序自动生成巡查路线，每班不少于一次。")]
    public void APhotoInAnAppOrATrackedPhone_IsACheckIn(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The public's own photos; a company's staff; an obligation lifted; the township's own staff.
    [InlineData("关于春季赏花活动的通知", "游客可在“乐游”App内拍摄花海照片参加摄影比赛。")]
    [InlineData("某燃气公司巡检规范", "公司巡检员上门时须在App内拍摄表具照片，系统自动定位。")]
    [InlineData("关于减轻村级负担的通知", "各村：今后不再要求护林员在App内拍摄现场照片，不再要求开启手机位置服务。")]
    [InlineData("关于共享单车停放的通知", "市民骑行结束后须在App内拍照确认停放位置。")]
    [InlineData("关于镇机关干部下沉的通知", "镇机关干部下村时由镇党政办通过小程序自动生成巡查路线，作为机关内部考勤依据。")]
    public void APhotoInAnApp_NotTheVillages_StaysQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AppCheckIn);

    private void AssertCertificate(string title, string description)
    {
        var rules = fixture.RulesOf(title, description);
        Assert.True(rules.Contains(PrecheckRules.ProhibitedCertificate) || rules.Contains(PrecheckRules.UnlistedCertificate), fixture.Explain(title, description));
    }
}
