using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 23 (papers asked of villagers by outside bodies, and the evasions left open): a bank's, a window's or a
/// tax office's list of papers the applicant must bring, one of which the village issues (所在村委会出具的、载明…的书面说明);
/// a prohibition followed after a bare comma by a new demand on the villages; an upward report of the issuer's own demand
/// (本局已要求各村…); a ranking of the villages' service to firms (对各村企业服务工作…评比); a campaign the townships must
/// bring their villages into; and tourists who come to a village to check in. Checked on the demo lists (demo-lists.csv),
/// beside wordings with the same words that stay quiet. Sentences written for the tests.
/// </summary>
public sealed class Phase23RecallTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    private PrecheckResult Check(string title, string description) =>
        fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

    // "Whoever asks for it, a paper the village must issue is a certificate put on the village: 出具的 names the issuer of the
    // paper however long its description, and a written material (书面材料) issued is such a paper."
    [Theory]
    [InlineData("关于技能培训报名材料的说明", "报名人员须提交：1.身份证；2.户籍所在村委会出具的、载明申请人自愿参加本期培训、家庭成员均同意并支持其外出学习的书面说明，加盖公章。")]
    [InlineData("关于配合开展农户信用评定的通知", "各村：\n为便于银行核定额度，各村对申请贷款的农户逐户出具书面材料，写明该户房产、车辆情况，加盖村委会公章后交银行。")]
    // 证明所售… : after 证明 the 所 is the particle of what is proved, not an office called 证明所.
    [InlineData("关于苗木销售代开发票的办理提示", "农户申请代开发票的，须提供：1.身份证；2.由村委会出具的、证明所售苗木为本户种植的书面材料，加盖村委会公章。")]
    public void APaperTheApplicantBringsFromTheVillage_FiresCertificate(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The police station and the tax office issue their own papers; the applicant only brings them.
    [InlineData("关于申请创业担保贷款所需材料的说明", "申请人须提交：1.身份证；2.由户籍地派出所出具的、载明申请人户籍迁移情况的书面证明。")]
    [InlineData("关于出口退税申请材料的说明", "纳税人须提交：1.申请表；2.由主管税务机关出具的、载明企业近三年纳税信用等级的书面证明。")]
    // A residence paper is on the list the village may issue.
    [InlineData("关于申请公租房的材料清单", "申请人须提交：1.身份证；2.所在村委会出具的、载明申请人在本村实际居住年限的居住证明。")]
    public void APaperAnotherBodyIssuesOrTheVillageMayIssue_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    // "A paper sent to firms is not a task for the villages only when it tells of someone else's demand; what tells of it
    // stands before the demand. 证明该企业… after the issuing verb is the paper's content, not 该 + a body that demanded."
    [Fact]
    public void APaperToFirmsThatHasTheVillageIssue_IsRefused()
    {
        var result = Check("关于申报家庭农场扶持资金的通知", "各家庭农场：\n申报主体须提交申报表，以及农场所在村出具的、证明该农场近三年未发生土地纠纷的书面材料（加盖村委会公章）。");
        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate && f.Severity == FindingSeverity.Block);
    }

    [Fact]
    public void AToldOfDemandBeforeTheCertificate_IsReviewedNotRefused()
    {
        var result = Check("关于某局违规要求村开具证明问题的通报", "区级各部门：\n经查，某局要求各村为辖区企业出具近三年无安全事故的证明。");
        Assert.DoesNotContain(result.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate && f.Severity == FindingSeverity.Block);
    }

    // "After a prohibition a bare comma may open a new demand: a clause whose subject is the villages, neither negated nor
    // told of, says what they must do from now on."
    [Theory]
    [InlineData("关于减轻村级负担的通知", "各乡镇：\n不得要求村（社区）重复填报各类报表，各村每天在APP打卡并上传巡查照片。")]
    public void AVillageSubjectAfterAProhibition_FiresCheckIn(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The clause after the comma negates its own act, or gives the check to another body.
    [InlineData("关于减轻村级负担的通知", "各乡镇：\n不得要求村（社区）每天在APP打卡，村（社区）干部不再上传巡查照片。")]
    [InlineData("关于减轻村级负担的通知", "各乡镇：\n不得要求村（社区）在APP定位打卡，各村干部在岗情况由镇纪委随机抽查。")]
    public void AProhibitionFollowedByNoNewDemand_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    // "An upward report in which the issuer says it has made the villages do the banned work reports a demand in force."
    [Theory]
    [InlineData("关于护林员管理工作的报告", "县林业局：\n今年以来，本局已要求各村每天在APP打卡，巡山轨迹实时上传。")]
    [InlineData("关于护林员管理工作的报告", "县林业局：\n今年以来，我镇已经安排各村护林员每天在APP打卡。")]
    public void TheIssuersOwnDemandReported_FiresCheckIn(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // A past demand since withdrawn, and a withdrawal reported, demand nothing.
    [InlineData("关于减负工作的自查报告", "县减负办：\n本局曾要求各村每天在APP打卡，已于3月全部取消。")]
    [InlineData("关于减负工作的自查报告", "县减负办：\n本局已取消各村每天在APP打卡的要求。")]
    public void TheIssuersDemandWithdrawn_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    // "各村企业 are firms located in the villages; a ranking of the villages' service to them ranks the villages."
    [Theory]
    [InlineData("关于做好企业服务工作的通知", "各乡镇：\n各乡镇要对各村企业服务工作按月评比排名。")]
    [InlineData("关于做好企业服务工作的通知", "各村：\n对各村企业帮办服务按季度评比，排名靠后的村在全镇通报。")]
    public void ARankingOfTheVillagesServiceToFirms_FiresAssessment(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A regulator ranks the firms themselves, and a bank rates its borrowers: no village is ranked.
    [InlineData("关于开展诚信经营评比的通知", "各企业：\n区市场监管局对辖区企业诚信经营情况按季度评比排名。")]
    [InlineData("关于农商银行企业信用评级的通知", "各企业：\n农商银行对辖区企业按信用状况评定等级，评定结果作为授信依据。")]
    public void ARankingOfFirms_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    // "Villages named as last by their progress (进度排在末两位) are ranked."
    [Theory]
    [InlineData("关于秋播进度的通报", "各村：\n截至10月20日，全镇秋播完成率为85%。东坪村、石门村进度排在末两位，请两村书记明天到镇农业服务中心说明情况。")]
    public void VillagesNamedLastByProgress_FireAssessment(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // A school's own test results, ranked within the district, rank no village.
    [InlineData("关于学生体质测试结果的通知", "各学校：\n本次测试中，我校学生成绩排在全区末位的项目为耐力跑，体育组要加强训练。")]
    public void ASchoolsOwnResultsLast_StayQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);

    // "A campaign the townships must bring their villages into (组织所辖村全面参与创建) is aimed at the villages, whoever runs it."
    [Theory]
    [InlineData("关于开展“平安村”评定创建工作的通知", "各乡镇：\n县委政法委开展“平安村”创建。各乡镇要组织所辖村全面参与创建，年内创建率不低于50%。")]
    public void VillagesBroughtIntoACampaign_FireDemonstration(string title, string description) =>
        Fires(title, description, PrecheckRules.Demonstration);

    [Theory]
    // A province names villages on its own data: no village applies or is brought in.
    [InlineData("关于开展“信用村”命名工作的通知", "各镇：\n省农信联社根据全省信用信息系统数据，直接命名一批“信用村”，村里无需申报。")]
    public void VillagesNamedOnTheProvincesOwnData_StayQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.Demonstration);

    // "Tourists who come to a village to check in check in themselves; the village is where they come."
    [Theory]
    [InlineData("关于推介乡村旅游线路的通知", "各乡镇：\n我县推出五条赏花线路，欢迎游客来村打卡拍照。")]
    public void TouristsComingToTheVillage_StayQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The cadres named beside them are still told to check in.
    [InlineData("关于推介乡村旅游线路的通知", "各村：\n欢迎游客来村打卡，各村干部每天在APP打卡并上传接待照片。")]
    public void TheVillagesCadresBesideTheTourists_FireCheckIn(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);
}
