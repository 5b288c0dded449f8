using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 21 (work the pre-check missed): a certificate asked of each village (分别 read as 别 "don't"), a
/// check-in of village party secretaries at their training, and a paper that applies to the villages' own assessment —
/// checked on the demo lists (demo-lists.csv), beside wordings with the same words that stay quiet.
/// </summary>
public sealed class Phase21RecallTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "分别 (each of them) is no 别 (don't): a certificate each village is asked for is asked for."
    [Theory]
    [InlineData("关于学生学籍处理的通知", "请学生户籍所在的两个村于5月20日前分别出具该生监护人长期去向不明的情况证明，加盖村委会公章后交学校。")]
    public void ACertificateAskedOfEachVillage_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // A negation standing as its own word still negates.
    [InlineData("关于规范证明出具的通知", "村委会不出具下落不明证明，请群众到派出所办理。")]
    public void ACertificateTheVillageIsToldNotToIssue_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    // "The villages' party secretaries are the villages' cadres: their daily located sign-in at a training is theirs."
    [Theory]
    [InlineData("关于举办全县村党组织书记培训班的通知", "县委组织部定于6月在县委党校举办村党组织书记培训班。参训学员每天通过小程序扫码签到，签到须开启定位。")]
    // A notice to the townships about the villages' secretaries: the trainees are still the villages' cadres.
    [InlineData("关于举办全县村党组织书记培训班的通知", "各乡镇党委：\n县委组织部定于6月在县委党校举办村党组织书记培训班。参训学员每天通过小程序扫码签到，签到须开启定位。")]
    public void VillagePartySecretariesSigningInWithLocation_Fire(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // Farmers at their own course, and a single sign-in at the door of the training, stay quiet.
    [InlineData("关于举办种植技术培训班的通知", "组织农户报名参加种植技术培训，参训学员每天通过小程序扫码签到。")]
    [InlineData("关于举办全县村党组织书记培训班的通知", "县委组织部定于6月在县委党校举办村党组织书记培训班。参训学员请于开班当日到报告厅门口签到。")]
    public void OtherTraineesOrASignInAtTheDoor_StayQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    // "A paper that applies to the villages' assessment (本办法适用于全镇8个村的年度目标考核) assesses the villages."
    [Theory]
    [InlineData("柳溪镇2027年度村级目标考核办法", "第一条 本办法适用于全镇8个村的年度目标考核。\n第二条 考核结果按得分排名，分为优秀、良好、一般三个等次。")]
    public void APaperApplyingToTheVillagesAssessment_Fires(string title, string description) =>
        Fires(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    [InlineData("柳溪镇机关站所年度考核办法", "第一条 本办法适用于镇机关各站所的年度考核。\n第二条 考核结果按得分排名，分为优秀、良好、一般三个等次。")]
    public void APaperApplyingToTheTownshipsOwnOffices_StaysQuiet(string title, string description) =>
        Quiet(title, description, PrecheckRules.AssessmentBan);
}
