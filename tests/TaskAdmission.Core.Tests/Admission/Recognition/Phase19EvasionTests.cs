using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 19 (evasion routes): wordings a department could use to slip banned work past a reading — a negation in
/// the next table cell, a prohibition that runs on into a later demand, a withdrawal kept for some villages, a paper the
/// applicant is sent to get from the village — checked on the demo lists (demo-lists.csv) as a department's notice would
/// be, with the honest wordings beside them that must stay quiet.
/// </summary>
public sealed class Phase19EvasionTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // shared: a table's cell is a clause of its own for a negation (已取消 in the next cell belongs to another act).
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 |\n| 各村每周拍照上传 | 已取消纸质台账 |", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇巡河工作安排", "| 事项 | 备注 |\n| 各村巡河APP打卡 | 纸质台账一律取消 |", PrecheckRules.AppCheckIn)]
    // shared: a negation covers the acts of its own list, not a later demand with its own modal after a join.
    [InlineData("关于减轻村级负担的通知", "不得要求群众重复填报各类表格、各村村干部每天必须在APP上签到并拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("关于巡查工作的通知", "巡查不得超过规定时限、巡查中须拍照上传和定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减轻村级负担的通知", "不得要求群众重复填报、录入或者上传照片和村干部要每日定位打卡。", PrecheckRules.AppCheckIn)]
    // shared: what replaces the prohibited act is demanded (而改为, 改由).
    [InlineData("关于减轻村级负担的通知", "不再要求村文化管理员上传活动照片而改为各村每天在APP定位打卡。", PrecheckRules.AppCheckIn)]
    // shared: a negation after another object (并将…一律取消) or before a village that starts an act of its own (…后各村,
    // …了、各村; 而是) covers only its own act — in a notice and in a phone record alike.
    [InlineData("巡河工作", "各村每周拍照上传并将纸质台账一律取消。", PrecheckRules.AppCheckIn)]
    [InlineData("巡河工作", "取消纸质台账后各村每天拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("巡河工作", "不再要求各村填报纸质台账而是每天拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("电话记录", "镇河长办来电：纸质台账不用报了、各村每天拍照发群就行。", PrecheckRules.AppCheckIn)]
    // shared: words that start with 不 but mean "without exception" (不分昼夜, 不漏一户), a floor or a deadline (不得少于, 不得迟于)
    // and a prohibition of missing the act (不得漏打卡) demand it.
    [InlineData("巡查", "各村网格员不分昼夜定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("巡查", "各村网格员不漏一户拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("巡查", "各村网格员每周不得少于3次在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("巡查", "各村干部不得迟于每天9点在APP签到。", PrecheckRules.AppCheckIn)]
    [InlineData("巡查", "各村干部不得漏打卡。", PrecheckRules.AppCheckIn)]
    // A self-check report's withdrawal that keeps the demand for some villages frames nothing.
    [InlineData("柳林镇基层减负自查报告", "已取消的事项（沿江村保留）：巡河APP打卡；签订禁渔责任书。", PrecheckRules.AppCheckIn)]
    // A self-check row withdrawn now and taken back later keeps the demand.
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 |\n| 各村签订防火责任书 | 已取消，明年恢复 |", PrecheckRules.PledgeOrVeto)]
    // A kinship proof the applicant must bring to another body's counter is asked of the village.
    [InlineData("关于办理户籍证明的通知", "到派出所申请开具户籍证明，需提交亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于办理户籍证明的通知", "向派出所申请开具户籍证明，需提交亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于办理有关事项的通知", "需提交：死亡医学证明、亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    // The applicant's own paper that the village is made to stamp is the village's certificate.
    [InlineData("身份核验", "需提交：户口簿、身份证明（需村委会盖章）。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("房产核验", "需提供房产证明，并到村委会加盖公章。", PrecheckRules.ProhibitedCertificate)]
    // An item a prohibited list excepts (…除外) is given to the villages.
    [InlineData("减负答复", "以下事项不得交由村（社区）承担：代收税费；按村排名通报除外。", PrecheckRules.AssessmentBan)]
    public void Check_Fires_OnBannedWorkWordedPastAReading(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    // What the mends must leave quiet: a withdrawn row, a prohibition of a list of acts (its items repeat the asking verb,
    // or are themselves negated), a withdrawal that keeps nothing, papers one holds, a prohibited list with a ranking item.
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 |\n| 各村签订防火责任书 | 已取消 |", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于减轻村级负担的通知", "不得要求村里的干部和群众重复填报各类纸质表格、上传工作照片或者在APP定位打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减轻村级负担的通知", "不得要求村干部每天打卡、要求村里拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减轻村级负担的通知", "不得要求村（社区）填报表格、无须在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减轻村级负担的通知", "严禁要求村干部必须每天在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("柳林镇基层减负自查报告", "已取消的事项（不再保留）：巡河APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "各村拍照上传、定位打卡一律取消。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "取消各村每天拍照上传的要求。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "不分解到村，不要求村干部在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "各村干部不再每天打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "各村拍照上传将不再作为考核依据。", PrecheckRules.AppCheckIn)]
    [InlineData("减负", "取消纸质台账后，各村也不再拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("关于办理户籍证明的通知", "到派出所申请开具户籍证明，需提交身份证明、户口簿。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("区减负办关于村级事项的答复", "经梳理，以下事项不得交由村（社区）承担：代收税费；巡河打卡；按村排名通报；要求挂牌、强制创建。", PrecheckRules.AssessmentBan)]
    public void Check_DoesNotFire_OnTheHonestWordingsBesideThem(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }
}
