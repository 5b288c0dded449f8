using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 22 (agreements between parties, and honest work that names a banned word): clean papers blocked because
/// 甲方/乙方 were not read as the parties the paper names, or because the banned word names work another body does, a
/// child's own activity, a question answered no. Checked on the demo lists (demo-lists.csv); every sentence is written for
/// these tests, and beside each rule stand the wordings in which a department uses the same shape to put the banned work
/// on the villages anyway — those must still fire.
/// </summary>
public sealed class Phase22OthersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A township or department buying a service from a company: what 乙方 does is the provider's work, paid for, and what
    // 甲方 assesses is the provider."
    [Theory]
    [InlineData("青石镇购买河道保洁服务合同", "甲方：青石镇人民政府\n乙方：示范市清源保洁服务有限公司\n一、服务内容：乙方负责河道保洁，乙方保洁员每日巡河须拍照上传作业系统。\n二、服务费：每年12万元。", PrecheckRules.AppCheckIn)]
    [InlineData("青石镇购买河道保洁服务合同", "甲方：青石镇人民政府\n乙方：示范市清源保洁服务有限公司\n二、考核办法：甲方每月对乙方保洁质量进行考核评分，低于80分的扣减当月服务费。", PrecheckRules.AssessmentBan)]
    [InlineData("县水利局堰塘清淤服务合同", "甲方（采购人）：某县水利局\n乙方：某某水利工程有限公司\n一、乙方负责桃源村、李家村范围内的堰塘清淤和安全巡查，每月巡查一次。", PrecheckRules.ProhibitedItem)]
    [InlineData("文化站借用村活动室协议", "甲方：青石镇综合文化站\n乙方：桃源村民委员会\n一、甲方每年向乙方支付场地补偿费2000元。", PrecheckRules.ProhibitedItem)]
    public void AProvidersContract_IsTheProvidersWork(string title, string description, string rule) =>
        Quiet(title, description, rule);

    // "An agreement where the village is a party puts on the village what its clauses give 乙方."
    [Theory]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n一、乙方每日巡河须拍照上传工作群。", PrecheckRules.AppCheckIn)]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n二、考核办法：甲方每季度对乙方进行考核排名。", PrecheckRules.AssessmentBan)]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n三、乙方负责本村范围内的招商引资，每年引进项目1个。", PrecheckRules.ProhibitedItem)]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府  乙方：李家村\n甲方委托乙方负责辖区内协税护税工作。", PrecheckRules.ProhibitedItem)]
    // The provider's words with the village made to do the proof anyway.
    [InlineData("青石镇购买河道保洁服务合同", "甲方：青石镇人民政府\n乙方：示范市清源保洁服务有限公司\n一、河道保洁由乙方负责，但各村每日须拍照上传巡河照片。", PrecheckRules.AppCheckIn)]
    [InlineData("青石镇购买河道保洁服务合同", "甲方：青石镇人民政府\n乙方：示范市清源保洁服务有限公司\n二、考核办法：甲方每月对各村保洁情况考核排名。", PrecheckRules.AssessmentBan)]
    public void AnAgreementWithTheVillage_PutsOnItWhatItGivesTheVillage(string title, string description, string rule) =>
        Fires(title, description, rule);

    // A party word the paper does not name is read as before (no party is invented).
    [Theory]
    [InlineData("村级事务委托协议", "乙方负责招商引资，每年引进项目1个。", PrecheckRules.ProhibitedItem)]
    public void AnUnnamedParty_IsReadAsBefore(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A heading that hands the list to the village, or permits handing it, does not refuse it" — the routes left open in
    // phase 21, closed now that 乙方 is the village its head lines name.
    [Theory]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n第五条 下列事项由乙方承担，甲方不再承担：招商引资、协税护税。")]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n第五条 下列事项，甲方不必另行审批即可交由乙方承担：招商引资、协税护税。")]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n第五条 下列事项甲方无需报批即可委托乙方承担：\n（一）招商引资；\n（二）协税护税。")]
    public void AHeadingThatHandsTheListToTheVillage_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedItem);

    [Theory]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n第五条 下列事项不属于本协议委托范围，甲方不得以任何形式交由乙方承担：招商引资、协税护税。")]
    [InlineData("村级事务委托协议", "甲方：青石镇人民政府\n乙方：桃源村民委员会\n第五条 甲方不得将下列事项委托乙方承担：\n（一）招商引资；\n（二）协税护税。")]
    public void AHeadingThatRefusesTheListToTheVillageParty_IsNotTheVillagesWork(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedItem);

    // "A check-in of children at their own activity, or a citizen's own registration by app, is theirs, not proof demanded
    // of the village."
    [Theory]
    [InlineData("青石村农家书屋暑期活动", "书屋每周三下午开放。小朋友们可以参加“暑期读书打卡”，每读完一本书在登记册上贴一朵小红花。")]
    [InlineData("征兵工作提示", "适龄青年可登录征兵网站自行完成兵役登记，也可到镇人武部现场登记。")]
    public void APersonsOwnActivity_IsNotTheVillagesCheckIn(string title, string description) =>
        Quiet(title, description, PrecheckRules.AppCheckIn);

    [Theory]
    // The same activity with the village's people made to check in for it.
    [InlineData("青石村农家书屋暑期活动", "小朋友们可以参加读书打卡活动，各村儿童主任每天须在APP打卡并上传活动照片。")]
    [InlineData("征兵工作提示", "适龄青年可自行登记，各村网格员每天须登录APP签到并上报宣传照片。")]
    [InlineData("青石村农家书屋暑期活动", "各村要组织孩子们参加读书活动，村干部每天在群里拍照打卡。")]
    public void APersonsActivityWithTheVillageCheckingIn_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.AppCheckIn);

    // "A question about the village's paper is a question, though it names what the applicant applies for (申请): its answer
    // says what is to be done."
    [Theory]
    [InlineData("残疾人补贴政策问答", "问：申请残疾人生活补贴，村里需要开残疾证明吗？\n答：不需要，以残疾人证为准。")]
    public void AQuestionAboutTheVillagesPaper_AsksNothing(string title, string description) =>
        Quiet(title, description, PrecheckRules.ProhibitedCertificate);

    [Theory]
    // The answer puts the paper on the village, or the question itself requests it.
    [InlineData("残疾人补贴政策问答", "问：申请残疾人生活补贴，村里要不要开残疾证明？\n答：要，各村须为申请人出具残疾证明。")]
    [InlineData("残疾人补贴政策问答", "申请残疾人生活补贴的，请村里先开残疾证明好吗？")]
    public void AQuestionAnsweredYesOrARequest_StillFires(string title, string description) =>
        Fires(title, description, PrecheckRules.ProhibitedCertificate);
}
