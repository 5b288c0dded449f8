using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 34: who acts when a sentence names no one, and papers for applicants, the public or the record that
/// mention certificates. A demand said not to have been made (未要求, 没有要求) asks nothing; a clause that names the villages
/// only as what is inspected takes its doer from the body an earlier clause of its sentence names; parties of an agreement
/// named inline (甲方县某局、乙方县某大队) are who its unnamed sentences bind; what was asked in the years before and is now
/// given to another body instead (往年…要求…，自今年起改由…) is recounted, not asked. Each is written in several lines of work
/// (civil affairs, health, social security, water, police, education, markets, housing, power, culture), beside the twin that
/// still puts the banned work on the village: the demand made, the village inspecting, a village as a party, the
/// replacement given to the village, and guides that tell applicants to bring a certificate the village issues.
/// Every sentence is written for these tests.
/// </summary>
public sealed class Phase34UnnamedActorTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    // 未要求, 没有要求, 并未要求, 未曾要求: a demand said not to have been made negates what it would have asked.
    [Theory]
    [InlineData("县民政局2025年社会救助工作情况报告", "2025年，全县新纳入低保对象1200户。复核工作中，县民政局未要求村委会出具亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("镇民政办2025年低保复核工作小结", "复核中，镇民政办没有要求各村出具家庭成员婚姻状况证明，婚姻信息全部通过系统核查。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("县社保中心2025年待遇资格认证工作总结", "全年认证工作中，县社保中心并未要求村（社区）出具生存证明，全部通过人脸识别认证。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("县民政局2025年殡葬改革工作情况报告", "2025年，县民政局未曾要求村级出具死亡证明，火化信息由殡仪馆直接推送。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("县卫健局2025年出生证件签发情况报告", "2025年，全县签发出生医学证明3100份，县卫健局没有要求村委会出具出生证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("县水利局2025年农村供水管护工作总结", "2025年，全县管水员巡查1.2万次。县水利局没有要求各村每天拍照上传巡查照片。", PrecheckRules.AppCheckIn)]
    public void ADemandSaidNotToHaveBeenMade_AsksNothing(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("县民政局2025年社会救助工作情况报告", "2025年，全县新纳入低保对象1200户。复核工作中，县民政局要求村委会出具亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于做好低保复核工作的通知", "各村：\n复核中，请各村出具家庭成员婚姻状况证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于做好待遇资格认证工作的通知", "各村（社区）：\n往年未要求村（社区）出具生存证明，今年起请各村（社区）每季度出具生存证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于农村供水管护的通知", "各村：\n县水利局没有要求各村填写纸质台账，但各村须每天拍照上传巡查照片。", PrecheckRules.AppCheckIn)]
    public void ADemandMade_OrMadeAgainAfterTheNegation_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // 对全县/全镇/所有 + villages: the villages are what is inspected; the body an earlier clause names does it.
    [Theory]
    [InlineData("关于检查村级文化活动室消防安全的通知", "各镇人民政府：\n市消防支队会同市应急管理局，7月起对全市村级文化活动室进行消防安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展乡村旅游经营场所消防检查的通知", "各镇人民政府：\n县市场监管局联合县文旅局，于9月对全县各村农家乐进行消防安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展农村自建房安全排查的通知", "各镇人民政府：\n区住建局会同区应急管理局，对全区所有村级活动场所开展自建房安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展渡口安全检查的通知", "各乡镇：\n县交通运输局组织海事人员，于汛前对全县村级渡口开展安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展液化气用户燃气安全检查的通知", "各乡镇：\n县燃气公司安排检修班组，于8月对全乡各村液化气用户开展燃气安全检查。", PrecheckRules.ProhibitedItem)]
    public void VillagesNamedOnlyAsWhatIsInspected_TakeTheInspectingBodyOfTheSentence(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于检查村级文化活动室消防安全的通知", "各镇人民政府：\n请各村7月底前对本村文化活动室进行消防安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于检查村级文化活动室消防安全的通知", "各镇人民政府：\n市消防支队要求，各村7月底前对本村文化活动室进行消防安全检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于开展渡口安全检查的通知", "各乡镇：\n县交通运输局会同各村，于汛前对全县村级渡口开展安全检查。", PrecheckRules.ProhibitedItem)]
    public void VillagesThatInspect_StillFire(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // 甲方县某局、乙方县某中心共同签署本责任书: the parties named inline are the ones the paper binds.
    [Theory]
    [InlineData("县教育局与县市场监管局学校食堂安全责任书", "为加强学校食堂食品安全管理，甲方县教育局、乙方县市场监管局共同签署本责任书：\n1. 甲方督促各校落实食堂管理责任；\n2. 乙方对学校食堂进行日常监管，发现违法行为的依法查处。\n甲方（盖章）　乙方（盖章）", PrecheckRules.PledgeOrVeto)]
    [InlineData("县教育局与县市场监管局学校食堂安全责任书", "为加强学校食堂食品安全管理，甲方县教育局、乙方县市场监管局共同签署本责任书：\n1. 甲方督促各校落实食堂管理责任；\n2. 乙方对学校食堂进行日常监管，发现违法行为的依法查处。\n甲方（盖章）　乙方（盖章）", PrecheckRules.ProhibitedItem)]
    [InlineData("县公安局、县交通运输局道路交通安全责任书", "甲方县公安局、乙方县交通运输局共同签署本责任书：\n一、乙方负责公路养护和安全设施维护；\n二、甲方负责查处交通违法行为。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县卫健局、县疾控中心传染病防控责任书", "甲方县卫生健康局与乙方县疾控中心签订本责任书：\n1. 乙方承担疫情监测和流调；\n2. 本责任书共两份。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县文旅局、县文化馆公共文化服务责任书", "甲方县文旅局、乙方县文化馆签订本责任书。乙方负责全县群众文化活动的组织和指导。", PrecheckRules.PledgeOrVeto)]
    public void PartiesNamedInline_AreWhomTheAgreementBinds(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("石桥镇安全生产责任书", "甲方石桥镇人民政府、乙方石桥村民委员会共同签署本责任书：\n1. 乙方承担本村安全生产检查。", PrecheckRules.ProhibitedItem)]
    [InlineData("石桥镇安全生产责任书", "甲方石桥镇人民政府、乙方石桥村民委员会共同签署本责任书：\n1. 乙方承担本村安全生产检查。", PrecheckRules.PledgeOrVeto)]
    [InlineData("县教育局与县市场监管局学校食堂安全责任书", "甲方县教育局、乙方县市场监管局签订本责任书。各村负责对村内小作坊开展食品安全检查。", PrecheckRules.ProhibitedItem)]
    public void AVillageAsAParty_OrAVillageGivenTheWork_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // 往年…要求所在村出具…证明。自今年起，…改由某局…核验: a practice of the years before, replaced by another body's check.
    [Theory]
    [InlineData("关于改进慢病补助核验方式的通知", "各乡镇卫生院：\n往年办理慢病补助时要求患者所在村出具一份证明。自2026年起，患者病情改由县医保中心通过系统比对核验。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于调整高龄津贴核实办法的通知", "各乡镇民政办：\n以往发放高龄津贴时要求老人所在村出具生存证明。从今年起，老人是否在世，改由县民政局通过火化数据比对核实。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于改进助学金申请材料的通知", "各学校：\n往年申请助学金时要求学生所在村出具亲属关系证明。今年起，亲属关系改由县教育局与公安户籍数据比对认定。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于改进耕地地力补贴核定方式的通知", "各乡镇农业服务中心：\n前几年发放耕地地力补贴时要求村委会出具种植面积证明。自今年起，种植面积改由县农业农村局通过卫星遥感核定。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于改进退役军人优待证办理材料的通知", "各乡镇退役军人服务站：\n往年办理优待证时要求申请人户籍所在村开具书面证明。自今年起，服役经历改由县退役军人事务局通过档案核验。", PrecheckRules.ProhibitedCertificate)]
    public void APracticeOfTheYearsBefore_ReplacedByAnotherBody_IsRecountedNotAsked(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于调整高龄津贴核实办法的通知", "各乡镇民政办：\n以往发放高龄津贴时要求老人所在村出具生存证明。从今年起，改由村委会每季度出具生存证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于做好慢病补助核验的通知", "各乡镇卫生院：\n往年办理慢病补助时要求患者所在村出具一份证明，今年继续执行。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于改进助学金申请材料的通知", "各学校：\n往年申请助学金时要求学生所在村出具亲属关系证明。今年起，改由县教育局认定，学生所在村仍需出具亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    public void APracticeKeptOrGivenToTheVillageAgain_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // A guide, a 须知 or a 告知 for applicants: a certificate it tells them to bring from the village is a demand on the village.
    [Theory]
    [InlineData("农村分户办事须知", "申请时带齐下列材料：\n1. 户口簿；\n2. 村委会开的亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("低保申请办事指南", "申请人要交户口所在村的村委会写的婚姻状况证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("丧葬补助金申领告知书", "申领人应携带社区出具的死亡证明到社保窗口办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("高龄津贴申领须知", "申请时带齐下列材料：\n1. 身份证；\n2. 村（居）委会出的生存证明，村委会主任签名并盖章。", PrecheckRules.ProhibitedCertificate)]
    public void AGuideThatSendsApplicantsToTheVillageForACertificate_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    [Theory]
    [InlineData("新生儿户口登记办事指南", "带上身份证、户口簿以及医院开的出生医学证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("丧葬补助金申领告知书", "申领人应携带殡仪馆出具的火化证明到社保窗口办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("继承公证办理须知", "当事人须提交派出所出具的户籍证明和公证处要求的其他材料。", PrecheckRules.ProhibitedCertificate)]
    public void AGuideThatSendsApplicantsToAnotherBody_PutsNothingOnTheVillage(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    // 好些人来村部想开…证明: what some people came to the village's office to ask for is their request, not a demand on it.
    [Theory]
    [InlineData("石桥村两委工作群提醒", "这几天好些人来村部想开残疾状况证明，大家跟他们解释清楚。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("桂花村两委微信群通知", "上周几名村民来村办要开居民财产证明，大家记住这不在清单里。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("柳湾社区工作人员提醒", "最近好些人来社区办公室想开无犯罪记录证明，请大家耐心解释。", PrecheckRules.ProhibitedCertificate)]
    public void APaperSomePeopleCameToTheVillageOfficeFor_IsTheirRequest(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于办理低保的通知", "各村：\n申请人须到村委会开具残疾状况证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("石桥村两委工作群提醒", "这几天好些人来村部想开残疾状况证明，各村要当天出具。", PrecheckRules.ProhibitedCertificate)]
    public void APaperPeopleAreSentToTheVillageFor_OrTheVillageIsToldToGrant_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // 婚姻状况证明请群众到县民政局窗口查询: the paper put first is what the people are sent to another body for.
    [Theory]
    [InlineData("青竹村两委微信群通知", "婚姻状况证明请群众到县民政局窗口查询打印。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("青竹村两委微信群通知", "无犯罪记录证明让他们去公安分局开。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("柳湾社区工作人员提醒", "疾病状况证明请群众到县人民医院开具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("柳湾社区工作人员提醒", "亲属关系让他去镇派出所开户口证明。", PrecheckRules.ProhibitedCertificate)]
    public void APaperPeopleAreSentToAnotherBodyFor_IsThatBodys(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    [Theory]
    [InlineData("关于做好证明开具工作的通知", "各村：\n婚姻状况证明请群众到村委会开具。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于做好证明开具工作的通知", "各村：\n残疾状况证明请各村按时出具。", PrecheckRules.ProhibitedCertificate)]
    public void APaperPeopleAreSentToTheVillageFor_StillFires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);
}
