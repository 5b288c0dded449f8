using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 32 (helper s32-3): certificates taken away, simplified or lawfully named. A paper that stops demanding
/// the village's certificates, replaces them by a declaration or another body's record, or names the one paper the allowed
/// list lets the village issue asks the village for no banned paper; a paper that still has the village issue one — even
/// beside a sentence that cancels another — does. Each shape is tried in its own words beside a twin that must still fire.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase32CertificatesTakenAwayTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // Papers coordinated after a refused demand to issue share the refusal (不再要求…出具的A证明、B证明和C说明).
    [Theory]
    // a funeral subsidy office
    [InlineData("关于殡葬补贴申领材料的公告", "自下月起，殡葬补贴申领不再要求家属递交村委会开具的亲属证明、继承人情况证明和死亡情况说明，改由民政部门核验户籍信息。\n某县殡葬管理所")]
    // a housing fund centre, the list joined by 及
    [InlineData("关于公积金继承提取材料的通知", "各服务网点：\n办理公积金继承提取时，不得再让继承人提交社区开具的婚姻状况证明及遗产继承权证明，继承关系凭公证书认定。\n某市住房公积金中心")]
    public void CoordinatedAfterRefusal_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the second paper is given back to the village in a clause of its own
    [InlineData("关于殡葬补贴申领材料的公告", "自下月起，殡葬补贴申领不再要求家属递交村委会开具的亲属关系证明，遗产继承权证明仍须由村委会开具。\n某县殡葬管理所")]
    // another body issues the first paper, the village the second, each with its own verb
    [InlineData("关于公积金继承提取材料的通知", "办理公积金继承提取时，继承人须递交派出所出具的户籍证明和村委会出具的遗产继承权证明。\n某市住房公积金中心")]
    // one paper cancelled, another demanded of the village in the next sentence
    [InlineData("关于殡葬补贴申领材料的公告", "自下月起，殡葬补贴申领不再要求家属递交村委会开具的亲属关系证明。申领困难补助的，另请村委会出具婚姻状况证明。\n某县殡葬管理所")]
    public void CoordinatedAfterRefusal_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // 请 inside 申请人 asks nothing: a list of ended papers naming the applicant stays ended.
    [Theory]
    [InlineData("关于精简渔船登记材料的通知", "各渔业服务站：\n自本月起取消以下申请材料：渔船所在村出具的无违法记录证明、申请人的婚姻状况证明、申请人配偶的就业情况证明。登记申请表和船舶检验证书照常收取。\n某县农业农村局")]
    public void ApplicantInEndedList_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the list's item replaces the ended paper by another the village must issue
    [InlineData("关于精简渔船登记材料的通知", "各渔业服务站：\n自本月起取消以下申请材料：申请人的婚姻状况证明，改为请村委会出具申请人配偶的就业情况证明。\n某县农业农村局")]
    public void ApplicantInEndedList_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A published list of cancelled papers heads its numbered items, whatever clause of when it takes effect follows.
    [Theory]
    [InlineData("关于公布第三批取消证明事项的通知", "各乡镇、县直各单位：\n经县政府同意，现公布第三批取消的证明事项，自2027年3月15日起施行：\n1.渔船更新补助申领时村委会出具的婚姻状况证明；\n2.水产养殖登记时村（社区）出具的无犯罪记录证明；\n3.农机报废补贴申领时村委会出具的就业情况证明。\n各单位不得再以任何名目要求群众提交上述证明。\n某县人民政府办公室")]
    public void PublishedCancelledList_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the list published is of papers kept, not cancelled
    [InlineData("关于公布村级证明事项的通知", "各乡镇、县直各单位：\n经县政府同意，现公布第三批保留的证明事项，自2027年3月15日起施行：\n1.渔船更新补助申领时村委会出具的婚姻状况证明；\n2.农机报废补贴申领时村委会出具的就业情况证明。\n某县人民政府办公室")]
    // the cancelled list, and after it a paper the village must still issue
    [InlineData("关于公布第三批取消证明事项的通知", "各乡镇、县直各单位：\n经县政府同意，现公布第三批取消的证明事项，自2027年3月15日起施行：\n1.水产养殖登记时村（社区）出具的无犯罪记录证明。\n渔船更新补助申领时，仍由村委会出具婚姻状况证明。\n某县人民政府办公室")]
    public void PublishedCancelledList_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A negated heading on a verb of handing in (不需要提供：, 无需提交：) refuses the papers listed after its colon.
    [Theory]
    // a bank's card replacement guide, the list on the same line
    [InlineData("某农商银行借记卡挂失补办须知", "办理地点：各营业网点。\n需要携带：本人身份证件。\n无需提交：丢失证明、村（社区）开具的婚姻状况证明等任何证明材料。\n某农商银行")]
    // a library card guide, the list on the lines below
    [InlineData("县图书馆读者证补办指南", "补办读者证需持本人身份证件到总服务台办理。\n不需要提供：\n1.读者证遗失证明；\n2.社区出具的居住情况证明。\n县图书馆")]
    public void RefusedHandingIn_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the same guide asking for the paper
    [InlineData("某农商银行借记卡挂失补办须知", "办理地点：各营业网点。\n需要提交：村（社区）开具的婚姻状况证明。\n某农商银行")]
    // the inline list goes on to ask a village paper
    [InlineData("某农商银行借记卡挂失补办须知", "无需提交：丢失证明，但须附村委会开具的婚姻状况证明。\n某农商银行")]
    public void RefusedHandingIn_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A back reference that refuses the papers to the village (上述证明不在…清单内) refuses those named before.
    [Theory]
    [InlineData("关于规范护林员报名材料的通知", "各乡镇：\n有的乡镇在护林员报名时让报名人交村委会开的无犯罪记录证明和婚姻状况证明。上述证明超出了村级证明事项清单的范围，村委会不予出具，今后由林业站通过信息核验解决。\n某县林业局")]
    [InlineData("关于规范护林员报名材料的通知", "各乡镇：\n有的乡镇在护林员报名时让报名人交村委会开的无犯罪记录证明和婚姻状况证明。根据证明事项清单管理的规定，这些证明村委会一律不再出具。\n某县林业局")]
    // the refusal in a clause of its own after the reference
    [InlineData("关于规范护林员报名材料的通知", "各乡镇：\n个别乡镇让护林员报名人交村委会开的婚姻状况证明。对上述证明，村委会一律不予出具。\n某县林业局")]
    public void BackReferenceRefused_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the reference hands the papers to the village
    [InlineData("关于护林员报名材料的通知", "各乡镇：\n护林员报名时请报名人交村委会开的无犯罪记录证明和婚姻状况证明。上述证明由村委会加盖公章后交林业站。\n某县林业局")]
    // the refusal is of the papers other than those named
    [InlineData("关于护林员报名材料的通知", "各乡镇：\n护林员报名时请村委会为报名人出具婚姻状况证明。上述证明以外的证明，村委会不再出具。\n某县林业局")]
    // the papers refused, and another paper asked of the village in the sentence after
    [InlineData("关于规范护林员报名材料的通知", "各乡镇：\n有的乡镇在护林员报名时让报名人交村委会开的无犯罪记录证明。上述证明超出了村级证明事项清单的范围，村委会不予出具。报名人的婚姻状况证明请村委会出具。\n某县林业局")]
    // a double negation: the village must not refuse them
    [InlineData("关于护林员报名材料的通知", "各乡镇：\n护林员报名时请报名人交村委会开的婚姻状况证明。对上述证明，村委会不得拒绝出具。\n某县林业局")]
    // the reference gives the papers to the village; the refusal is of other papers
    [InlineData("关于护林员报名材料的通知", "各乡镇：\n护林员报名时请报名人交村委会开的婚姻状况证明。上述证明由村委会出具，其他证明村委会不再出具。\n某县林业局")]
    // the reference asks whether the paper is issued, and another body only checks first
    [InlineData("关于失联人员情况证明的请示", "请社区为张某出具其长期外出、下落不明的证明。该证明须先经派出所查访，是否出具请街道定夺。\n某社区居委会")]
    // one paper asked of the village, the other papers refused in the same sentence
    [InlineData("关于护林员报名材料的通知", "各乡镇：\n护林员报名时请村委会为报名人出具婚姻状况证明，其他证明村委会不再出具。\n某县林业局")]
    public void BackReferenceRefused_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A fact listed among a form's bracketed columns is a datum reported, not a fact certified.
    [Theory]
    [InlineData("关于核对高龄津贴对象信息的通知", "各乡镇：\n请各乡镇组织村（社区）填写《高龄津贴对象信息核对表》（姓名、身份证号码、是否健在、现住址），月底前报县民政局。津贴按户籍数据直接发放，村里不另开证明。\n某县民政局")]
    public void FormColumn_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the same form, and the village certifies each old person alive
    [InlineData("关于核对高龄津贴对象信息的通知", "各乡镇：\n请各乡镇组织村（社区）填写《高龄津贴对象信息核对表》（姓名、身份证号码、现住址），并为每位老人出具健在证明，月底前报县民政局。\n某县民政局")]
    // the brackets themselves have the village stamp the fact
    [InlineData("关于核对高龄津贴对象信息的通知", "各乡镇：\n请村（社区）填写《高龄津贴对象信息核对表》（姓名、是否健在、村委会盖章确认），月底前报县民政局。\n某县民政局")]
    // the form is itself named a paper
    [InlineData("关于核对高龄津贴对象信息的通知", "各乡镇：\n请村（社区）逐人填写《高龄老人健在证明表》（姓名、是否健在、现住址），月底前报县民政局。\n某县民政局")]
    // a column is the village's opinion on the fact
    [InlineData("关于核对高龄津贴对象信息的通知", "各乡镇：\n请村（社区）填写《高龄津贴对象信息核对表》（姓名、是否健在、村委会意见），月底前报县民政局。\n某县民政局")]
    public void FormColumn_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A medical institution's statutory paper (死亡医学证明) named as data or as what the family brings is not the village's.
    [Theory]
    [InlineData("关于优化工亡待遇核定服务的通知", "各经办窗口：\n工亡待遇核定依据卫健部门推送的死亡医学证明信息和公安部门的销户信息办理，家属无须再到村里开证明。\n某市社会保险事业中心")]
    public void MedicalPaper_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the village is made to certify the death itself
    [InlineData("关于工亡待遇核定材料的通知", "各经办窗口：\n工亡待遇核定时，家属须提交户籍所在村（社区）出具的死亡证明。\n某市社会保险事业中心")]
    public void MedicalPaper_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // A past act named for the records it left, read over the whole match (…台账、村委会历年出具证明的存根).
    [Theory]
    [InlineData("关于换届档案移交的通知", "各村：\n换届前请将土地承包合同、集体资产清查台账、村委会以往开具证明的存根联一并移交镇档案室。\n某镇党政办")]
    public void RecordsOfPastPapers_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // the same sentence goes on to have the village issue a property paper for each household
    [InlineData("关于换届档案移交的通知", "各村：\n换届前请将村委会以往开具证明的存根联移交镇档案室，并由村委会为每户出具家庭资产情况证明。\n某镇党政办")]
    public void RecordsOfPastPapers_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // The allowed list's paper named by its case (婚姻登记档案…灭失的，…由村委会出具婚姻状况证明), whoever confirmed the case.
    [Theory]
    [InlineData("关于婚姻档案灭失群众办理婚姻状况证明的告知", "当事人的婚姻登记档案经县民政局查档确认灭失的，由民政局开具查档结果，再由当事人户籍地村委会出具婚姻状况证明。\n某县民政局")]
    public void AllowedCase_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // no lost archive: the village certifies marital status for a subsidy
    [InlineData("关于困难群众补助材料的通知", "困难群众申请临时救助时，由户籍地村委会出具婚姻状况证明。\n某县民政局")]
    // the case told, and another banned paper issued beside it
    [InlineData("关于婚姻档案灭失群众办理婚姻状况证明的告知", "当事人的婚姻登记档案经县民政局查档确认灭失的，由民政局开具查档结果，再由当事人户籍地村委会出具婚姻状况证明和无犯罪记录证明。\n某县民政局")]
    // the case's sentence, then the same paper asked of the village for another case in the next sentence
    [InlineData("关于婚姻档案灭失群众办理婚姻状况证明的告知", "当事人的婚姻登记档案经县民政局查档确认灭失的，由民政局开具查档结果，再由当事人户籍地村委会出具婚姻状况证明。申请临时救助的群众，也请村委会为其出具婚姻状况证明。\n某县民政局")]
    public void AllowedCase_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedCertificate);

    // An assessment opened by 对 + an office's counter staff assesses those persons.
    [Theory]
    [InlineData("关于规范公积金提取窗口收件的通知", "中心各科室、各县区服务点：\n一、窗口不得要求职工到村（社区）开具亲属关系等证明。\n二、职工自愿提交村委会出具的居住证明的，可以收取。\n三、对违反上述要求的经办人员，在季度窗口服务考评中扣分。\n某市住房公积金中心")]
    public void StaffAssessed_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.AssessmentBan);

    [Theory]
    // the villages are the ones assessed
    [InlineData("关于规范公积金提取窗口收件的通知", "中心各科室、各县区服务点：\n一、职工自愿提交村委会出具的居住证明的，可以收取。\n二、对协助不力的村（社区），纳入季度考评扣分并通报排名。\n某市住房公积金中心")]
    public void StaffAssessed_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.AssessmentBan);

    // A work term right before a policy noun (告知其补缴政策) names the policy told, not a collection.
    [Theory]
    [InlineData("关于告知断缴人员参保政策的函", "各村：\n请各村协管员通知辖区内医保断缴人员，告知其补缴政策和办理渠道，补缴由本人到镇医保站办理，各村不经手任何费用。\n某镇医保站")]
    public void PolicyTold_IsQuiet(string title, string description) =>
        fixture.AssertQuiet(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    // the policy told, and the village collects the arrears itself
    [InlineData("关于断缴人员补缴的通知", "各村：\n请各村协管员告知断缴人员补缴政策，并上门收缴补缴的保费，统一交到镇医保站。\n某镇医保站")]
    public void PolicyTold_StillFires(string title, string description) =>
        fixture.AssertFires(title, description, PrecheckRules.ProhibitedItem);
}
