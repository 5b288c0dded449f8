using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 20 (papers that cancel, forbid or explain): a clean-up result listing what was removed, a village told
/// what it may do when it meets a demand, a paper handing a promise to the applicant. Each rule is stated as a county
/// approver would say it and tested on sentences written for these tests, with sentences beside them in which a department
/// uses the same shape to put the banned work on the village anyway — those must still fire.
/// </summary>
public sealed class Phase20CancelTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;承诺书;书面承诺;(签订|签署) ~10 (责任|承诺|保证)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;截图;(拍照|照片) ~6 (上传|发群|定位)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;通报 ~6 排名" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-01", TitleZh = "亲属关系证明", Recognisers = "(子女|配偶|父母) ~6 关系 ~16 (证明|说明|材料)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具|出证) ~24 (证明|说明|证明材料|情况说明)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1: "A clean-up result that cancels the items listed after it (取消以下涉村事项：…) names what was removed, even
    // when its list noun says what the items were about."
    [Theory]
    [InlineData("县减负办关于涉村事项清理结果的公示", "经清理，取消以下涉村事项：村（社区）签订防汛责任书；按巡查次数对村（社区）排名；村干部每日拍照上传巡查轨迹。保留事项：村（社区）协助开展防汛宣传。", "PV-1")]
    [InlineData("县减负办关于涉村事项清理结果的公示", "经清理，取消以下涉村事项：村（社区）签订防汛责任书；按巡查次数对村（社区）排名；村干部每日拍照上传巡查轨迹。保留事项：村（社区）协助开展防汛宣传。", "AS-1")]
    [InlineData("县减负办关于涉村事项清理结果的公示", "经清理，取消以下涉村事项：村（社区）签订防汛责任书；按巡查次数对村（社区）排名；村干部每日拍照上传巡查轨迹。保留事项：村（社区）协助开展防汛宣传。", "CI-1")]
    [InlineData("镇便民服务中心证明清理情况", "现取消下列村级证明：村（社区）为群众出具就业情况证明；村（社区）出具居住情况说明。", "BZ-00")]
    public void AListOfItemsCancelled_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // the cancelled item renamed for the village
    [InlineData("县减负办关于涉村事项清理结果的公示", "经清理，取消以下涉村事项：村干部纸质巡查台账，改为各村每周拍照上传。", "CI-1")]
    // the clean-up result followed by a new demand
    [InlineData("县减负办关于涉村事项清理结果的公示", "经清理，取消以下涉村事项：村级纸质台账。下一步各村要签订防汛责任书。", "PV-1")]
    // the heading asks the villages to end something: it is no result
    [InlineData("关于清理涉村事项的通知", "请各村取消以下涉村事项：村民小组长打卡。各村要按月对村民小组排名。", "AS-1")]
    // a full stop ends the cancelled list: the next sentence asks
    [InlineData("关于调整考核的通知", "取消以下各村年度考核加分事项：已经验收的项目。各村签订安全生产责任书。", "PV-1")]
    public void ACancellationThatKeepsOrRenames_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 2: "A village told what it may do when it meets someone's demand — turn it away, tell the person where to go,
    // report it — is not asked to meet it."
    [Theory]
    [InlineData("关于减少村级证明的通知", "各村：\n各村如遇单位要求开具收入证明的，可拒绝并向镇减负办反映。")]
    [InlineData("关于规范证明事项的通知", "自下月起，各社区遇到银行要求出具亲属情况说明的，可以告知群众到派出所办理。")]
    [InlineData("关于规范证明事项的通知", "村干部遇到此类要求开具证明的，可直接向县司法局反映。")]
    [InlineData("关于减轻村级负担的通知", "各村如仍接到部门要求签订责任书的，有权拒绝。")]
    [InlineData("关于减少村级证明的通知", "各社区如遇居民持其他单位要求开具此类证明的，可告知居民直接到镇便民服务中心咨询。")]
    [InlineData("关于减少村级证明的通知", "经清理，不再要求村出具收入证明。各村如遇居民持其他单位要求开具此类证明的，可告知居民直接到镇便民服务中心咨询。")]
    public void AVillageToldItMayTurnADemandAway_IsNotAskedToMeetIt(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // the village told to comply with the demand it meets
    [InlineData("关于开具证明的通知", "各村如遇要求开具收入证明的，要及时开具。", "BZ-00")]
    [InlineData("关于开具证明的通知", "各社区如遇居民持其他单位要求开具此类证明的，请当场开具。", "BZ-00")]
    [InlineData("关于开具证明的通知", "各社区遇到此类要求出具亲属情况说明的，可先出具再向镇里反映。", "BZ-00")]
    // the village meets no one's demand: it is asked itself
    [InlineData("关于开具证明的通知", "各村如遇群众办理低保的，可为其开具收入证明。", "BZ-00")]
    // the permitted act is the banned one
    [InlineData("关于签订责任书的通知", "各村如接到此类要求签订责任书的，可以签订后向镇里报告。", "PV-1")]
    public void AVillageToldToMeetTheDemand_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 4: "A demand recounted in one sentence and withdrawn by reference in the next (…。现取消该要求) is withdrawn."
    [Theory]
    [InlineData("关于取消巡河留痕要求的通知", "去年5月镇里要求各村巡河时拍照上传到工作群，占用了村干部大量时间。经研究，自即日起取消该要求，巡河记录纸质留存即可。", "CI-1")]
    [InlineData("关于停止排名通报的通知", "此前县里要求每月对各村排名通报。现停止上述做法。", "AS-1")]
    public void ADemandWithdrawnByReference_IsWithdrawn(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // the withdrawal replaced by the same act
    [InlineData("关于调整巡河留痕要求的通知", "去年5月镇里要求各村巡河时拍照上传到工作群。自即日起取消该要求，改为各村每周拍照上传。", "CI-1")]
    // the withdrawal kept for some villages
    [InlineData("关于取消巡河留痕要求的通知", "去年5月镇里要求各村巡河时拍照上传到工作群。自即日起取消该要求，沿江村保留。", "CI-1")]
    // the reference withdraws another thing, not the demand
    [InlineData("关于巡河工作的通知", "请各村巡河时拍照上传到工作群。取消该村评优资格。", "CI-1")]
    public void AWithdrawalByReferenceThatKeepsOrReplaces_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 3: "A promise the applicant makes in place of a paper is the applicant's (由申领人书面承诺); an applicant a paper
    // proves something about (证明申领人与…的关系) is what it proves, not who issues it."
    [Theory]
    [InlineData("关于简化补助申领材料的通知", "无法提供户口簿的，由申领人书面承诺，经办机构调查核实。")]
    public void TheApplicantsPromise_IsTheApplicants(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("关于简化补助申领材料的通知", "无法提供户口簿的，由申领人户籍所在村书面承诺，经办机构调查核实。", "PV-1")]
    [InlineData("关于简化补助申领材料的通知", "各村要为申领人签订承诺书。", "PV-1")]
    [InlineData("关于遗属待遇申领材料的通知", "申领时提交能证明申领人与逝者之间为子女关系的书面材料，该材料由户籍所在村委会核实后盖章。", "BZ-01")]
    [InlineData("关于遗属待遇申领材料的通知", "请各村出具证明申请人与逝者之间为配偶关系的书面材料。", "BZ-01")]
    public void APromiseStillPutOnTheVillage_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // The brief's evasion: a prohibition followed by a demand the villages must still meet.
    [Theory]
    [InlineData("关于规范证明事项的通知", "各部门不得要求村（社区）出具居住证明，但各村仍须为外出务工人员开具收入证明。", "BZ-00")]
    [InlineData("关于取消纸质台账的通知", "自即日起取消村级巡查纸质台账要求，改为各村每周拍照上传。", "CI-1")]
    public void AProhibitionOrCancellationFollowedByADemand_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
