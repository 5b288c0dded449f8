using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 6c: a prohibition addressed to departments or cadres (各部门不得…, 机关干部不得有下列行为：…,
/// 下列事项不得进入村（社区）：…) reports the rule and demands nothing of the village — over the objects it lists and the
/// clauses carrying its subject, but not over a later clause or sentence that demands something of the village.
/// </summary>
public sealed class AddressedProhibitionReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-01", TitleZh = "亲属关系证明", Recognisers = "亲属关系 ~10 证明" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税", Recognisers = "协税护税" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核", Category = LexiconFamilies.Assessment, Recognisers = "考核" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    [InlineData("关于整治形式主义的通知", "各部门不得要求村（社区）在工作群打卡接龙、上传工作照片作为考核依据，不得强制下载政务APP。")]
    [InlineData("干部作风负面清单", "机关干部不得有下列行为：一、向基层随意要表要数；二、要求村（社区）在工作群打卡接龙；三、要求村（社区）签订未经批准的责任书。违反的按作风问题处理。")]
    [InlineData("准入目录禁入部分说明", "下列事项不得进入村（社区）：招商引资、协税护税、征地拆迁主体责任、行政执法。")]
    [InlineData("关于规范考核的通知", "县直部门今后一律不得单独对村（社区）组织考核或者打卡。")]
    public void AProhibitionAddressedToDepartments_ReportsTheRule(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    [InlineData("关于规范证明的通知", "各部门不得随意要求村出具证明。各村要按月上报招商引资完成情况。", new[] { "FM-01" })]
    [InlineData("工作提示", "各部门不得要求村（社区）打卡接龙，各村要在月底前签订责任书。", new[] { "PV-1" })]
    [InlineData("机关干部守则", "机关干部不得有下列行为：一、向基层随意要表要数。二、各村每日打卡。", new[] { "CI-1" })]
    [InlineData("关于协税护税的通知", "各村（社区）要做好协税护税，不得推诿。", new[] { "FM-02" })]
    [InlineData("关于打卡的通知", "镇政府不得以任何理由拒绝，各村每天在群里打卡。", new[] { "CI-1" })]
    public void ADemandOutsideTheProhibitionsScope_StillFires(string title, string description, string[] codes)
    {
        Assert.Equal(codes, Fired(title, description));
    }

    [Theory]
    [InlineData("投诉渠道", "群众反映被要求开具亲属关系证明的，可向县民政局投诉。")]
    [InlineData("清理通知", "各部门已经印发的文件中有要求村（社区）出具亲属关系证明的，由各部门自行清理。")]
    [InlineData("清理通知", "本通知印发前已部署的部门考核，一律停止。")]
    public void ASufferedOrCleanedUpDemand_IsReported(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Fact]
    public void ASufferedDemandInAnEarlierClause_LeavesTheVillagesLaterActToFire()
    {
        Assert.Equal(["BZ-01"], Fired("网格工作手册", "居民因业务被要求证明身份的，网格员应将情况报社区，由社区出具亲属关系证明。"));
    }

    [Fact]
    public void ADemandJudgedABreachOfTheRules_IsReported_AConditionIsNot()
    {
        Assert.Empty(Fired("处理意见", "某镇自行开发的小程序要求村干部定位打卡，违反基层减负规定。"));
        Assert.Equal(["CI-1"], Fired("工作安排", "各村干部每日定位打卡，不符合要求的通报批评。"));
    }
}
