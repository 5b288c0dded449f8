using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, review of phase 18: for each reading phase 18 added, a department wording banned work to pass it (an
/// evasion), checked on the demo lists (demo-lists.csv) as a department's notice would be.
/// </summary>
public sealed class Phase18ReviewTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // List negation (48 characters): a 不得 that limits a number, or a 禁止 inside a noun, opens no prohibition of the list.
    [InlineData("走访要求", "各村网格员每月入户走访不得少于两次、每次走访须填写走访记录、拍摄走访照片和在APP定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("禁燃工作", "各村要做好禁止燃放烟花爆竹的宣传、巡查台账的登记、巡查照片的上传和每日定位打卡。", PrecheckRules.AppCheckIn)]
    // Rated body: the township's own assessment of the villages, said as 对镇党委的考核; villages called 单位 in a ranking.
    [InlineData("年度考核", "各村对镇党委、镇政府的年度考核要高度重视。", PrecheckRules.AssessmentBan)]
    [InlineData("工作排名", "各村：\n本月起按单位排名，排名后三位的单位主要负责人向镇党委作说明。", PrecheckRules.AssessmentBan)]
    [InlineData("打分复核", "各村对镇考核办的打分结果有异议的，可在三日内申请复核。", PrecheckRules.AssessmentBan)]
    // Complaint received: the demand kept in a later clause without 要/须/需/应/但/请.
    [InlineData("打卡说明", "近期有村反映每天打卡负担较重，经镇党委研究，各村继续每天在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("考核说明", "部分村干部提出考核次数过多，镇里决定从下月起对各村每季度考核一次。", PrecheckRules.AssessmentBan)]
    [InlineData("打卡说明", "近期有村反映打卡负担重，镇里研究后决定改为每周一、三、五在APP打卡。", PrecheckRules.AppCheckIn)]
    // Certificates: the applicant's papers after a submitting verb; a paper sharing a demand's end.
    [InlineData("务工补贴", "申报人需提供务工地单位开具的用工证明和村委会出具的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("身份核验", "申请人需提交村委会盖章的身份证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("身份核验", "需提交：身份证明（由户籍所在村委会出具）、户口簿。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("外出务工", "请各村为外出务工村民提供身份证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("居住证明", "到社区申请出具居住证明，需提供身份证明（由村委会出具）。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("困难救助", "申请人到镇便民服务中心申请开具证明，需提交村委会出具的家庭财产情况说明。", PrecheckRules.ProhibitedCertificate)]
    // A term inside a body's name: the village's own act beside the name.
    [InlineData("违建整治", "各村在镇综合行政执法队指导下对违建进行拆除。", PrecheckRules.ProhibitedItem)]
    [InlineData("违建整治", "各村要当好镇综合行政执法队的帮手，对辖区违建自行拆除。", PrecheckRules.ProhibitedItem)]
    public void Check_Fires_OnBannedWorkWordedPastPhase18(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    // What the mends must leave quiet: a prohibition of asking a list of acts, a complaint whose content runs into the next clause.
    [InlineData("减负", "不得要求村里的干部和群众重复填报各类纸质表格、上传工作照片或者在APP定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "不得以任何形式要求村（居）委会代为填报、录入、核对、汇总或者上传照片。", PrecheckRules.AppCheckIn)]
    [InlineData("坐班说明", "近期有村反映坐班登记要每天拍照发群，负担较重。", PrecheckRules.AppCheckIn)]
    [InlineData("坐班说明", "近期有村干部反映，坐班登记要每天拍照发群，负担较重。", PrecheckRules.AppCheckIn)]
    [InlineData("坐班说明", "近期，部分村（社区）反映仍有县级部门单独组织考核。", PrecheckRules.AssessmentBan)]
    public void Check_DoesNotFire_OnTheCleanWordingsPhase18Mended(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }
}
