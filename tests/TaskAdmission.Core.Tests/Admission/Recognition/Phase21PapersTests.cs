using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 21 (papers that are not a task for the villages): a 通报 of problems found, a township's 情况反映 to a
/// department, the minutes of a meeting where cadres complain, a paper sent only to departments. Such a paper names banned
/// practices without passing any work down; when it nowhere demands anything of the villages in its own voice and each
/// finding stands where it tells of someone else's demand, the finding is a warning for a person's review, not a refusal.
/// Beside each rule, papers in which a department uses the same shape to put the banned work on the villages anyway: those
/// must still be refused. All sentences are written for these tests.
/// </summary>
public sealed class Phase21PapersTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    private static readonly string[] Refusing =
        [PrecheckRules.ProhibitedItem, PrecheckRules.ProhibitedCertificate, PrecheckRules.PledgeOrVeto, PrecheckRules.AppCheckIn, PrecheckRules.AssessmentBan];

    private PrecheckResult Check(string title, string description, AppLanguage language = AppLanguage.ZhCn) =>
        fixture.Check(Base(title, description, [], D(DemandKind.FieldWork)), language: language);

    // Rule: "A paper that reports, answers or records — a 通报 of problems, a 情况反映, minutes — or one sent only to
    // departments, that tells of a demand someone else made and asks the villages nothing itself, is not refused for what
    // it tells: a person reviews what it mentions."
    [Theory]
    // a 通报 of problems a discipline body dealt with (查处了…：一是区某局…；二是某镇…)
    [InlineData("区纪委监委关于两起指尖上的形式主义问题的通报", "区级各部门，各镇（街道）：\n近期，区纪委监委查处了2起指尖上的形式主义问题：一是区某局要求各村干部每天早上在APP上定位打卡；二是某镇要求村干部每晚在工作群接龙报告工作。")]
    // a discipline body's 通报 whose requirer is one instance (该镇, 该部门)
    [InlineData("县纪委监委关于四起形式主义问题的通报", "各乡镇纪委，县级各部门：\n一、某镇违规对村搞红黑榜问题。今年4月，该镇对辖区村重点工作完成情况张贴红黑榜。\n二、某部门以留痕代替实绩问题。该部门要求村干部每周上传工作照片不少于10张。")]
    // a township's 情况反映 to a named department: the department's unit is one instance (贵局下属某站)
    [InlineData("柳林镇关于区农业农村局有关文件要求的情况反映", "区农业农村局：\n贵局下属某站近期要求各村签订动物防疫安全责任状。经研究，我镇暂未向各村转发，建议贵局研究撤回。")]
    // the minutes of a meeting where the secretaries complain (书记反映，…)
    [InlineData("镇村干部座谈会纪要", "2026年8月，镇党委召开基层减负座谈会，8个村书记参加。座谈中，书记们反映以下问题：\n一、石门村书记反映，防疫期间每天要在群里接龙报人数、发照片，占用大量时间。\n二、新桥村书记反映，区里按村对秸秆禁烧亮红黄牌，村里压力大。\n三、河口村书记反映，保险公司仍要求村里开具收入证明。\n会议议定：第一项由镇卫生院月底前取消；第二项由镇里向区里反映。")]
    // a 整改情况通报 of a complaint received (接到多个村反映，某保险公司…)
    [InlineData("关于保险公司要求村（社区）出具证明问题的整改情况通报", "各镇（街道），有关金融机构：\n近期，区减负专班接到多个村反映，辖区某保险公司在办理理赔业务时，要求群众提供村委会出具的健在证明。经协调，该公司已取消该项要求。")]
    // a 通报 sent to departments of a practice found in an inspection (督查中发现，区某部门…)
    [InlineData("关于某部门培训中违规要求村干部打卡问题的通报", "区级各部门：\n区委社会工作部在督查中发现，区某部门在组织培训时，要求参训村干部每天拍照打卡发至培训群。")]
    // (phase 25) A case told with the sanction or undoing it met (…已责令纠正, …诫勉谈话) is quiet, not reviewed
    // (Phase25CleanUpsTests); the cases above tell the demand without one.
    public void APaperThatTellsOfSomeoneElsesDemand_IsReviewedNotRefused(string title, string description)
    {
        var result = Check(title, description);

        Assert.NotEqual(PrecheckOutcome.Rejected, result.Outcome);
        var warned = result.Findings.Where(f => Refusing.Contains(f.Rule)).ToList();
        Assert.NotEmpty(warned);
        Assert.All(warned, f =>
        {
            Assert.Equal(FindingSeverity.Warn, f.Severity);
            Assert.NotEmpty(f.Evidence);
            Assert.NotNull(f.MatchedText);
            Assert.Contains("未向村（社区）下达该项工作，请人工核对", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AWarning_SaysWhatWasMentionedAndWhere_InEitherLanguage()
    {
        const string title = "区纪委监委关于两起指尖上的形式主义问题的通报";
        const string description = "区级各部门，各镇（街道）：\n近期，区纪委监委查处了2起指尖上的形式主义问题：一是区某局要求各村干部每天早上在APP上定位打卡；二是某镇要求村干部每晚在工作群接龙报告工作。";

        var zh = Assert.Single(Check(title, description).Findings, f => f.Rule == PrecheckRules.AppCheckIn);
        var en = Assert.Single(Check(title, description, AppLanguage.En).Findings, f => f.Rule == PrecheckRules.AppCheckIn);

        Assert.StartsWith($"文中提及“{zh.MatchedText}”，但本文件（", zh.Message, StringComparison.Ordinal);
        Assert.Contains("通报", zh.Message, StringComparison.Ordinal);
        Assert.Contains(zh.Evidence, e => e.Field == "description" && description.Substring(e.Start, e.Length) == "打卡");
        Assert.StartsWith($"The text mentions \"{en.MatchedText}\", but this paper (", en.Message, StringComparison.Ordinal);
        Assert.Contains("a person must check it", en.Message, StringComparison.Ordinal);
    }

    // Evasions: the same shapes carrying a demand the paper makes itself. Each must still be refused.
    [Theory]
    // a 通报 whose last sentence turns to the villages
    [InlineData("关于防汛巡查情况的通报", "各镇人民政府：\n近期督查发现，某镇巡查不到位，已责令整改。请各村每天在工作群打卡报告巡查情况。")]
    // sent to departments, with a sentence for the villages added
    [InlineData("关于安全生产工作的通知", "区级各部门：\n请各部门落实安全生产责任。各村要与镇政府签订安全生产责任状。")]
    // the issuer "reports" a demand it makes itself
    [InlineData("区农业农村局关于春耕工作情况的通报", "区级各部门：\n本局要求各村每天在工作群打卡报告春耕进度。")]
    // the issuer's past demand is still its own
    [InlineData("区农业农村局关于巡查工作情况的通报", "区级各部门：\n本局已要求各村每天在APP打卡报告巡查情况。")]
    // minutes whose meeting tells the villages to act
    [InlineData("镇防汛工作会议纪要", "会议要求，各村每天在工作群打卡报告巡河情况。")]
    // minutes deciding that the villages take it on
    [InlineData("镇安全生产工作会议纪要", "会议议定：由各村负责与农户签订安全责任状。")]
    // a 报告 sent to the villages is a directive
    [InlineData("关于防汛工作的报告", "各村：\n请于每天18时前在工作群打卡报告巡查情况。")]
    // a 情况反映 in which the township hands the work down itself
    [InlineData("石桥镇关于防汛工作的情况反映", "区水利局：\n今年汛期，我镇由各村负责与农户签订防汛安全责任状。")]
    // a practice told of, then adopted for every village
    [InlineData("关于推广某镇巡查做法的通报", "各镇人民政府：\n某镇要求各村每天在工作群打卡报告巡查情况，效果良好。各村要参照执行。")]
    // sent to departments, who are told to have the villages do it
    [InlineData("关于巡查打卡工作的通报", "区级各部门：\n请各部门组织各村每天在APP打卡报告巡查情况。")]
    // a 通报 with no addressee, of the issuer's own ranking of the villages
    [InlineData("暗访情况通报", "镇里将每月对各村工作开展暗访打分，按得分对各村排名。")]
    // a 通报 in a 通知's cover, ranking the villages itself
    [InlineData("关于通报各村人居环境考核结果的通知", "各镇人民政府：\n按得分对各村排名，排名末位的村扣减年度工作经费。")]
    // 反映 as a noun before the ask governs nothing
    [InlineData("关于群众反映问题的通报", "各镇人民政府：\n针对群众反映的问题，请各村每天在工作群打卡报告整改进度。")]
    // 应该 is no instance marker
    [InlineData("关于巡查打卡问题的通报", "区级各部门：\n各村应该每天在APP打卡报告巡查情况。")]
    // a reply that keeps the demand
    [InlineData("关于巡查工作有关问题的答复", "柳林镇人民政府：\n你镇来函收悉。经研究，各村须每天在工作群打卡报告巡查情况。")]
    // sent to departments, with the villages' deadline
    [InlineData("关于报送巡查材料的通知", "区级各部门：\n各村于每周五前在APP打卡并报送巡查照片。")]
    // the requirer named as one instance, but the villages then told to keep on
    [InlineData("关于某镇巡查做法的情况通报", "区级各部门，各镇人民政府：\n某镇要求各村每天在工作群打卡，请各村继续按此执行。")]
    public void APaperThatMakesTheDemandItself_IsStillRefused(string title, string description)
    {
        var result = Check(title, description);

        Assert.Equal(PrecheckOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Findings, f => Refusing.Contains(f.Rule) && f.Severity == FindingSeverity.Block);
    }

    // Rule: "A finding the paper makes its own — not told of someone else — keeps the paper refused, whatever the genre."
    [Theory]
    // the reported problem and an own ranking of the villages in one 通报
    [InlineData("关于基层减负典型问题的通报", "区级各部门：\n近期督查发现，某镇要求村干部每天在工作群打卡，已责令纠正。今年起按月对各村减负工作排名。")]
    // the own demand sits in an item under a heading that reports nothing
    [InlineData("关于防汛工作有关情况的通报", "区级各部门：\n现将有关要求通报如下：\n一、村干部每天在APP打卡报告巡查情况。")]
    public void AFindingThePaperMakesItsOwn_KeepsItRefused(string title, string description)
    {
        Assert.Equal(PrecheckOutcome.Rejected, Check(title, description).Outcome);
    }
}
