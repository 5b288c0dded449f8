using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 20 (evasion routes): a department that knows the pre-check dresses banned work as a cancellation, as
/// another body's act, as the villages' own decision or choice, or as a signboard clean-up — probed on the demo lists
/// (demo-lists.csv) as a department's notice would be, with neutral titles so that the body alone decides. The probes that
/// passed on main are marked "mended"; the others fired already and are kept as guards for the readers being widened.
/// </summary>
public sealed class Phase20EvasionTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Theory]
    // mended: the statement that the village does not do one act of a family does not cover another act of it that the
    // notice demands with a modal of its own, in a later sentence naming no one.
    [InlineData("关于减负工作的通知", "各村不再打卡。巡河时须在APP开启实时定位。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "按照减负要求，各村不再打卡。巡河时须在APP开启实时定位。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "村（社区）不再打卡。巡河轨迹必须每日上传。", PrecheckRules.AppCheckIn)]
    // mended: a village negated as the subject of an earlier clause does not carry the negation to a clause demanding again
    // with a modal of its own (但须, 只需, 还需).
    [InlineData("关于减负工作的通知", "按照减负要求，各村不再签订责任书，但须向镇里递交承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于近期工作的通知", "各村不再上报纸质材料，只需每天在钉钉定位签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "各村不再报送纸质台账，还需每周拍照上传巡河记录。", PrecheckRules.AppCheckIn)]
    // mended: a choice left to the villages covers what they chose, not a later clause in which another body ranks them.
    [InlineData("关于减负工作的通知", "为减轻村级负担，巡河打卡由各村自行决定，镇里按打卡次数对各村排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于近期工作的通知", "各村自愿开展人居环境整治，镇农业服务中心每月对各村打分排名。", PrecheckRules.AssessmentBan)]
    // mended: a body named only as the one deciding does not check in; the practice it keeps is the villages'.
    [InlineData("关于近期工作的回复", "有村干部反映每天打卡负担重，镇党委研究决定：打卡照旧。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的回复", "部分村反映巡河任务重，经镇党委会研究决定，巡河APP定位打卡照常进行。", PrecheckRules.AppCheckIn)]
    // guards: cancellations that demand something in the cancelled thing's place.
    [InlineData("关于近期工作的通知", "取消纸质台账，改为各村每天在APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "取消每月报送纸质材料改为各村每周拍照上传。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "取消各村年度目标考核，改为签订年度责任书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于近期工作的通知", "不再考核，改为每月通报各村进度。", PrecheckRules.AssessmentBan)]
    [InlineData("关于近期工作的通知", "对各村不再打分考核，改为每季度通报各村完成情况并排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于近期工作的通知", "不再要求各村签订责任书，改为签订承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于近期工作的通知", "镇里不再对各村排名，改由县里对各村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("关于近期工作的通知", "取消一票否决，改为考核不合格的村年度考核直接定为不合格。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于近期工作的通知", "纸质台账和每日打卡一律取消，各村每周拍照上传即可。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "本通知不作为考核依据，但各村打卡情况每月通报排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于近期工作的通知", "《关于村干部APP打卡的通知》已废止，请各村按新系统继续每日签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "按照减负要求，各村考核一律取消，镇里每月通报各村工作进度。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负工作的通知", "减负后，镇里不再考核各村，改由各村之间互相打分排名。", PrecheckRules.AssessmentBan)]
    [InlineData("关于废止部分文件的通知", "废止《村级台账管理办法》。自即日起，各村每天在APP签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于取消部分村级事项的通知", "取消以下事项：村级台账检查。保留：按村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("减负自查报告", "已取消纸质台账。下一步：各村每周拍照上传。", PrecheckRules.AppCheckIn)]
    // guards: clean-up tables and lists that keep an item.
    [InlineData("村级事项清理表", "| 事项 | 处理意见 |\n| 各村巡河APP打卡 | 保留 |", PrecheckRules.AppCheckIn)]
    [InlineData("村级事项清理表", "| 序号 | 事项名称 | 处理意见 |\n| 1 | 各村签订禁渔责任书 | 继续保留 |", PrecheckRules.PledgeOrVeto)]
    [InlineData("村级事项清理表", "| 事项 | 处理意见 |\n| 巡河APP打卡 | 保留 |\n| 纸质台账 | 取消 |", PrecheckRules.AppCheckIn)]
    [InlineData("村级事项清理", "一、取消事项：村级台账检查。\n二、保留事项：各村巡河APP打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("村级事项清理", "以下事项继续由村承担：巡河APP打卡、签订禁渔责任书。", PrecheckRules.PledgeOrVeto)]
    // guards: the act given to another body, the village keeping part of it.
    [InlineData("关于近期工作的通知", "由镇执法中队负责违建查处，各村负责违建的拆除和执法取证。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "原由村承担的违建查处已移交镇执法队，但各村仍负责辖区违建拆除。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "违建查处由镇执法队负责，各村不再承担，违建拆除仍由各村负责。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "由镇财政所负责税费征收，各村负责上门代收税费。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "安全生产监管已交由镇应急办承担，各村仍签订安全生产责任书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于安全生产的通知", "安全生产监管由镇应急办负责，各村对辖区企业开展安全生产检查并督促整改。", PrecheckRules.ProhibitedItem)]
    [InlineData("石桥镇2026年禁渔工作安排", "一、签订禁渔责任书。\n二、巡河APP打卡。\n以上工作由各村具体承担。", PrecheckRules.PledgeOrVeto)]
    [InlineData("石桥镇2026年禁渔工作安排", "1.巡河APP定位打卡；2.每周拍照上传巡河记录。上述事项交由各村负责落实。", PrecheckRules.AppCheckIn)]
    [InlineData("石桥镇2026年安全生产工作要点", "（一）与企业签订安全生产责任书；（二）落实企业安全监管。以上事项由镇安办统筹，具体工作交各村完成。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务协议", "村委会不承担行政执法、代征税费、招商引资等事项。其他事项：村委会负责辖区违建拆除。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务协议", "一、以下事项不得交由村承担：行政执法、代征税费。二、其他事项：各村完成招商引资任务200万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务协议", "甲方不得将行政执法、代征税费交由乙方承担。\n六、其他事项\n乙方协助甲方代收辖区税费。", PrecheckRules.ProhibitedItem)]
    // guards: papers another body issues that still need the village's.
    [InlineData("关于办理户籍事项的通知", "由派出所负责开具户籍证明，需提交村委会出具的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于办理户籍事项的通知", "派出所负责户籍证明的开具，申请人应提交由所在村委会开具的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项清理的通知", "无犯罪记录证明不再由村出具，亲属关系证明仍由村委会出具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项清理的通知", "以下证明一律取消：居民养犬证明；婚姻状况证明继续由村开具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "到民政所办理相关业务，需提交村委会开具的婚姻状况证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "派出所开具无犯罪记录证明前，需先由村委会出具健在证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于取消村级证明事项的通知", "取消以下证明：居民养犬证明。办理户口迁移时，仍需村委会出具亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于证明事项的通知", "居民身份信息由派出所核验，核验有困难的，村委会出具身份信息证明。", PrecheckRules.ProhibitedCertificate)]
    // guards: the villages' own decision, meeting or rules as cover.
    [InlineData("关于近期工作的通知", "经村民代表会议通过，各村每年完成招商引资任务500万元。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "各村召开村民代表会议，通过本村引进项目投资额不低于300万元的目标。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的通知", "各村召开村民会议，决定每天在APP巡河打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "根据村规民约，各村对辖区违建自行查处拆除。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于村规民约的通知", "各村修订村规民约，增加“村干部每天在APP签到”的条款。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的通知", "由各村自行签订安全生产责任书并报镇备案。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于减负工作的通知", "镇里不再下达招商引资任务，各村可自行确定引资目标，完成情况纳入年度考核。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于近期工作的回复", "有村干部反映巡河太频繁，经镇党委会研究决定，各村巡河APP打卡照旧执行。", PrecheckRules.AppCheckIn)]
    // guards: signboard clean-ups that hang a board again.
    [InlineData("关于村级挂牌清理的通知", "清理规范村级挂牌，各村另行悬挂“安全生产监管站”标牌。", PrecheckRules.Signboard)]
    [InlineData("关于村级挂牌清理的通知", "村级牌子一律摘除，各村统一悬挂“平安建设工作站”标牌。", PrecheckRules.Signboard)]
    [InlineData("关于村级挂牌清理的通知", "| 牌子名称 | 处理意见 |\n| 禁毒工作站 | 摘除 |\n| 安全生产监管站 | 各村保留 |", PrecheckRules.Signboard)]
    [InlineData("关于清理规范村级挂牌的通知", "清理规范后，各村只保留“村党组织”“村委会”牌子，另加挂“综合执法监管站”牌子。", PrecheckRules.Signboard)]
    [InlineData("关于清理规范村级挂牌的通知", "各村应清理摘除不规范的牌子，摘除后各村统一制作“平安建设示范村”标牌上墙。", PrecheckRules.Signboard)]
    // mended: an attachment named for what each village does is the work attached, after however clean a body text.
    [InlineData("关于规范村级工作的通知", "严格落实减负要求，不得向村摊派任务。\n附件：各村签订防火责任书（模板）", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于规范村级工作的通知", "严格落实减负要求。\n附表：各村每日APP打卡登记表", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范村级工作的通知", "本通知不增加村级负担。\n附件1：各村招商引资任务分解表", PrecheckRules.ProhibitedItem)]
    [InlineData("关于规范村级工作的通知", "请遵照执行。\n附件：2.每个村巡河照片上传情况统计表", PrecheckRules.AppCheckIn)]
    // guards: an attachment the body tells the villages to carry out.
    [InlineData("关于规范村级工作的通知", "各村按附件要求落实。\n附件：1.各村每日APP定位打卡；2.签订目标责任书。", PrecheckRules.AppCheckIn)]
    public void Check_Fires_OnBannedWorkDressedAsSomethingElse(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.Contains(result.Findings, f => f.Rule == rule);
    }

    [Theory]
    // What the mends must leave quiet: a later sentence or clause that negates again, a disclaimer over a match naming no
    // one and demanding nothing, a negated modal, a choice the villages make in the ranking's own clause, a body judging
    // what the villages chose to enter, a ranking of persons.
    [InlineData("关于减负工作的通知", "各村不再打卡。巡河时不用在APP开启实时定位。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "各村不再签订责任书，也不再递交承诺书。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于减负工作的通知", "村（社区）不参与考核。考核须于年底前完成。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负工作的通知", "村（社区）不再签订责任书。各单位责任书由镇安办统一签订。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于减负工作的通知", "各村不再上报纸质材料，无需在APP签到。", PrecheckRules.AppCheckIn)]
    [InlineData("关于减负工作的通知", "镇里组织各村自愿报名参加评比。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负工作的通知", "各村自愿报名参加评比，镇文化站对各村参赛节目评分。", PrecheckRules.AssessmentBan)]
    [InlineData("关于减负工作的通知", "各村自愿报名参加评比，镇里对参赛选手排名。", PrecheckRules.AssessmentBan)]
    // The deciding body's own staff, named, or a decision that stops the practice.
    [InlineData("关于近期工作的通知", "镇党委研究决定：镇机关干部每天上班打卡。", PrecheckRules.AppCheckIn)]
    [InlineData("关于近期工作的回复", "有村干部反映每天打卡负担重，镇党委研究决定：打卡一律取消。", PrecheckRules.AppCheckIn)]
    // Attachments that cite a paper: a list of the villages' papers, one that forbids, one that withdraws.
    [InlineData("关于规范村级工作的通知", "请认真执行。\n附件：示范市村(社区)可出具证明事项清单", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于规范村级工作的通知", "请认真执行。\n附件：各村(社区)不得出具的证明事项清单", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于规范村级工作的通知", "请认真执行。\n附件：1.关于取消村级打卡的通知", PrecheckRules.AppCheckIn)]
    [InlineData("关于规范村级工作的通知", "请认真执行。\n附件：各村不再签订的责任书目录", PrecheckRules.PledgeOrVeto)]
    public void Check_DoesNotFire_OnTheHonestWordingsBesideThem(string title, string description, string rule)
    {
        var result = fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)));

        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);
    }
}
