using TaskAdmission.Core.Admission.Precheck;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 25 (papers from above that report, judge or clean up demands): a 通报 that tells a body's demand and
/// then the sanction or undoing it met, a negative list whose heading refuses its items to the villages, and a complaint the
/// issuer received about a practice that persists. Each rule is checked on the demo lists with sentences written for these
/// tests, and beside it stand the wordings in which a department uses the same shape to put the banned work on the villages
/// anyway — those still fire.
/// </summary>
public sealed class Phase25CleanUpsTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private void Quiet(string title, string description, string rule) => fixture.AssertQuiet(title, description, rule);

    private void Fires(string title, string description, string rule) => fixture.AssertFires(title, description, rule);

    // "A case a 通报 tells as a breach that was punished or undone — the requester disciplined, the paper withdrawn, the money
    // paid back — is not a demand of that 通报."
    [Theory]
    [InlineData("关于两起给村里添负担问题的通报", "各乡镇党委：\n一、东溪镇农业办要求各村每天在微信群里打卡签到。该办负责人受到诫勉谈话。", PrecheckRules.AppCheckIn)]
    [InlineData("关于两起给村里添负担问题的通报", "县直各部门：\n二、北岭乡某站让各村签防溺水责任状。已责令该站收回全部文本。", PrecheckRules.PledgeOrVeto)]
    [InlineData("关于两起给村里添负担问题的通报", "县直各部门：\n三、县某中心让各村自掏腰包做宣传展板。该中心一名副主任受到批评教育，已退还各村做展板的钱。", PrecheckRules.Signboard)]
    [InlineData("关于减负督查结果的通报", "各镇（街道）：\n专项检查中发现以下问题：\n一、东溪镇让村干部每日用APP定位打卡；\n二、北岭乡向各村分派招商引资指标。\n区纪委已约谈有关负责人，这些任务均已收回。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于减负督查结果的通报", "各镇（街道）：\n专项检查中发现以下问题：\n一、东溪镇让村干部每日用APP定位打卡；\n二、北岭乡向各村分派招商引资指标。\n区纪委已约谈有关负责人，这些任务均已收回。", PrecheckRules.AppCheckIn)]
    public void ACaseToldWithItsSanction_IsNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The 通报 goes on to order the villages to do the same.
    [InlineData("关于两起给村里添负担问题的通报", "各乡镇党委：\n一、东溪镇农业办要求各村每天在微信群里打卡。该办负责人受到诫勉谈话。各村要参照执行，每天在群里打卡。", PrecheckRules.AppCheckIn)]
    // The sanction falls on the villages that failed: they are held to the act.
    [InlineData("关于两起给村里添负担问题的通报", "各乡镇党委：\n一、镇里要求各村每天在微信群里打卡。没有打卡的村被通报批评。", PrecheckRules.AppCheckIn)]
    [InlineData("关于两起给村里添负担问题的通报", "各乡镇党委：\n一、西岭村没有签防溺水责任状，被约谈。", PrecheckRules.PledgeOrVeto)]
    // A rating of the villages themselves, then a rebuke: no body's demand is told.
    [InlineData("关于打卡情况的通报", "各乡镇党委：\n一、经检查，东湾村、西湾村打卡次数排名末位，予以通报批评，责令整改。", PrecheckRules.AssessmentBan)]
    // The act is handed back to the villages after the sanction.
    [InlineData("关于两起给村里添负担问题的通报", "各乡镇党委：\n一、东溪镇要求各村每天在群里打卡。该镇主任被约谈，但各村仍须每天打卡。", PrecheckRules.AppCheckIn)]
    // The line closing a reported list demands instead of sanctioning.
    [InlineData("关于减负督查结果的通报", "各镇（街道）：\n专项检查中发现以下问题：\n一、东溪镇让村干部每日用APP定位打卡；\n二、北岭乡向各村分派招商引资指标。\n各村要参照上述做法，每天在APP定位打卡。", PrecheckRules.AppCheckIn)]
    public void ASanctionedShapeThatStillPutsTheWorkOnTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "An item on a negative list — under a heading whose note or pointing clause says the villages do not take it on — is
    // refused to them, whether or not the item names the villages it would fall on."
    [Theory]
    [InlineData("东岭镇村级事务清单", "各村：\n三、负面事项（村级组织不负责）：\n1.协税护税任务；\n2.要求村干部每日用钉钉签到；\n3.对各村排名通报。", PrecheckRules.ProhibitedItem)]
    [InlineData("东岭镇村级事务清单", "各村：\n三、负面事项（村级组织不负责）：\n1.协税护税任务；\n2.要求村干部每日用钉钉签到；\n3.对各村排名通报。", PrecheckRules.AppCheckIn)]
    [InlineData("东岭镇村级事务清单", "各村：\n三、负面事项（村级组织不负责）：\n1.协税护税任务；\n2.要求村干部每日用钉钉签到；\n3.对各村排名通报。", PrecheckRules.AssessmentBan)]
    [InlineData("城管事件分拨规则", "以下事项不得交给村（社区）办理，由区城管执法大队负责：\n1.违法建设强制拆除；\n2.占道经营执法查处。", PrecheckRules.ProhibitedItem)]
    public void AnItemOfANegativeList_IsRefusedToTheVillages(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // An item kept for some (除…外) is not refused.
    [InlineData("东岭镇村级事务清单", "各村：\n负面事项（村里不负责）：\n1.协税护税；\n2.招商引资任务（镇里统一下达的除外）。", PrecheckRules.ProhibitedItem)]
    // An item whose subject is the villages acting is a demand.
    [InlineData("东岭镇村级事务清单", "各村：\n负面事项（村里不负责）：\n1.协税护税；\n2.各村每天在APP打卡并上传照片。", PrecheckRules.AppCheckIn)]
    // An item with a modal of its own.
    [InlineData("东岭镇村级事务清单", "各村：\n负面事项（村里不负责）：\n1.协税护税；\n2.每天须在APP打卡并上传照片。", PrecheckRules.AppCheckIn)]
    // The clause after the pointing one gives the items to the villages.
    [InlineData("城管事件分拨规则", "以下事项不得交给镇执法队办理，由各村负责：\n1.违法建设强制拆除；\n2.占道经营执法查处。", PrecheckRules.ProhibitedItem)]
    public void AListThatKeepsOrGivesTheWorkToTheVillages_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A complaint the issuer received — that some body still asks the villages for a certificate — tells the practice; it
    // asks nothing."
    [Theory]
    [InlineData("关于村里开证明问题的重申", "各镇（街道）：\n日前，本局收到不少村（社区）反映，一些保险公司仍让村（社区）开无犯罪证明。现重申，这类证明由派出所办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于村里开证明问题的重申", "各镇（街道）：\n近日有村干部反映，个别供电所在办理过户时，仍让办事群众去村委会开亲属关系证明。请各镇督促供电所改用告知承诺。", PrecheckRules.ProhibitedCertificate)]
    public void AComplaintReceivedAboutAPersistingPractice_IsToldNotDemanded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // A persisting mark with a modal of its own asks again.
    [InlineData("关于村里开证明问题的重申", "各镇（街道）：\n近日有村干部反映，过户手续繁琐，仍须由村委会开亲属关系证明。", PrecheckRules.ProhibitedCertificate)]
    // The issuer's answer in the next sentence puts the certificate on the villages.
    [InlineData("关于村里开证明问题的重申", "各镇（街道）：\n近期，我局接到部分村反映，开具证明负担较重。经研究，今后亲属关系证明仍由村委会出具。", PrecheckRules.ProhibitedCertificate)]
    // A turn inside the sentence hands the certificate back.
    [InlineData("关于村里开证明问题的重申", "各镇（街道）：\n近期我局收到部分村反映，个别银行索要的材料太多，但各村仍要为借款人开具收入证明。", PrecheckRules.ProhibitedCertificate)]
    public void AComplaintFollowedByADemand_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
    // "A title that regulates what it names (关于规范…) is about the rule: when every match of its kind in the text is refused,
    // complained of or another body's, the title puts nothing on the villages either."
    [Theory]
    [InlineData("关于规范村里开具各类证明的通知", "各镇（街道）：\n日前，本局收到不少村（社区）反映，一些保险公司仍让村（社区）开无犯罪证明。现重申，这类证明由派出所办理。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于规范村干部考核工作的通知", "各乡镇党委：\n负面事项（村级组织不负责）：\n1.对村干部按周考核打分；\n2.对各村排名通报。", PrecheckRules.AssessmentBan)]
    public void ARegulatingTitle_OverAQuietText_IsQuiet(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The text demands what the title regulates.
    [InlineData("关于规范村里开具各类证明的通知", "各镇（街道）：\n今后各村要为辖区群众开具无犯罪证明。", PrecheckRules.ProhibitedCertificate)]
    [InlineData("关于规范村干部考核工作的通知", "各乡镇党委：\n负面事项（村级组织不负责）：\n1.对村干部按周考核打分。\n各镇每月要对各村考核排名。", PrecheckRules.AssessmentBan)]
    public void ARegulatingTitle_OverATextThatDemands_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);

    // "A certificate the village issues by the list (依照清单开具) is one the list allows."
    [Theory]
    [InlineData("关于开证明工作的通知", "各村：\n村里一律依照清单开具证明，清单外的不开。", PrecheckRules.ProhibitedCertificate)]
    public void ACertificateIssuedByTheList_IsAllowed(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // A paper issued in a clause of its own is not covered by the list word of another.
    [InlineData("关于开证明工作的通知", "各村：\n依照清单开具居住证明，同时要为借款人开具无犯罪证明。", PrecheckRules.ProhibitedCertificate)]
    public void ACertificateIssuedBesideTheList_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
    // "The items under a clean-up's heading that names them as cancelled (二、取消的报表种类, on a line of its own) are ended."
    [Theory]
    [InlineData("关于精简涉村表格的决定", "各镇人民政府：\n二、取消的报表种类\n（一）招商引资进度统计表、协税护税统计表；\n（二）村干部APP签到情况统计表。\n三、施行日期\n本决定自下月起施行。", PrecheckRules.ProhibitedItem)]
    [InlineData("关于精简涉村表格的决定", "各镇人民政府：\n二、取消的报表种类\n（一）招商引资进度统计表、协税护税统计表；\n（二）村干部APP签到情况统计表。\n三、施行日期\n本决定自下月起施行。", PrecheckRules.AppCheckIn)]
    public void ItemsUnderACancelledHeadingLine_AreEnded(string title, string description, string rule) =>
        Quiet(title, description, rule);

    [Theory]
    // The clean-up's last article puts a ranking back on the villages.
    [InlineData("关于精简涉村表格的决定", "各镇人民政府：\n二、取消的报表种类\n（一）招商引资进度统计表。\n三、考评办法\n各镇每月要对各村填表情况排名通报。", PrecheckRules.AssessmentBan)]
    // An item kept for now is not cancelled.
    [InlineData("关于精简涉村表格的决定", "各镇人民政府：\n二、取消的报表种类\n（一）招商引资进度统计表；\n（二）村干部APP签到情况统计表（暂缓取消）。", PrecheckRules.AppCheckIn)]
    // A heading that keeps the forms cancels nothing.
    [InlineData("关于精简涉村表格的决定", "各村：\n二、保留的报表种类\n（一）招商引资进度统计表。", PrecheckRules.ProhibitedItem)]
    public void ACleanUpThatKeepsOrReimposes_StillFires(string title, string description, string rule) =>
        Fires(title, description, rule);
}
