using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 15 (developed on rt27 and rt28): who receives the paper, who performs, and the paper the list permits.
/// Each rule is stated as a county approver would say it and tested on sentences written for these tests, with sentences
/// beside them that must still fire (including a department trying to get banned work through with the new rule).
/// </summary>
public sealed class DocumentReadingPhase15Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税", Recognisers = "(代收|代征|收取) ~8 (税|税款|卫生费);(协助|配合|协同) ~12 税务 ~20 协税护税" },
        // Field-of-work words that begin with the village's own marker (they are segmentation words of the lexicon).
        new ListItem { Kind = ListKind.Assist, Code = "XZ-24", TitleZh = "协助河长制工作", Recognisers = "村级河长;巡河" },
        new ListItem { Kind = ListKind.Assist, Code = "XZ-13", TitleZh = "协助统计调查", Recognisers = "村级统计员;统计调查" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任状", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任状;责任书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;评比;年度考核;评优" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;截图;轨迹" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Guard 1 (review of phase 14): "A word that begins with the village's own marker and names one of its people
    // (村级河长, 村级统计员) names the village: the village performs what it is told to do."
    [Theory]
    [InlineData("关于规范巡河的通知", "各镇：\n区水利局要求村级河长每天巡河时在APP打卡。", "CI-1")]
    [InlineData("关于规范巡河的通知", "各镇：\n各村级河长每周巡河不少于1次，全程记录轨迹并截图上报。", "CI-1")]
    [InlineData("关于统计调查的通知", "各镇：\n区统计局要求村级统计员每天打卡签到。", "CI-1")]
    // Evasion: the role named with 由 still gives the act to the village.
    [InlineData("关于规范巡河的通知", "各镇：\n巡河情况由村级河长每日在APP打卡上报，区水利局据此排名。", "CI-1")]
    public void AWordOpeningWithTheVillageMarkerForItsPeople_NamesTheVillage(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // The department's own staff are not the village.
    [InlineData("关于规范巡河的通知", "各镇：\n区水利局要求河长办工作人员每天巡河时在APP打卡。")]
    public void TheDepartmentsOwnStaffBesideSuchAWord_AreNotTheVillage(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // Guard 2 (review of phase 14): "A one-clause sentence that opens with 是否 but states what follows from it (是否按时完成
    // 纳入年度考核, 是否参加作为评优依据) sets a criterion; it is no checklist question."
    [Theory]
    [InlineData("关于开展人居环境整治的通知", "各村：\n一、是否按时完成纳入年度考核。", "AS-1")]
    [InlineData("关于开展人居环境整治的通知", "各村：\n是否参加作为评优依据。", "AS-1")]
    [InlineData("关于开展人居环境整治的通知", "各村：\n是否签订责任状与年度考核挂钩。", "AS-1")]
    // In a report sent upward too: the criterion is set for the villages.
    [InlineData("2027年人居环境整治工作总结", "区农业农村局：\n下一步，是否按时完成整治任务计入各村年度考核。", "AS-1")]
    public void ASentenceOpeningWithWhetherThatStatesAConsequence_IsACriterion(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // A checklist question about the practice itself (whether the department assesses or ranks the villages) still asks.
    [InlineData("关于开展减负自查的通知", "各部门：\n请对照以下问题开展自查：\n一、是否将村（社区）纳入年度考核；\n二、是否对村（社区）排名通报。")]
    [InlineData("自查表", "是否把村（社区）参加评比作为评优依据。")]
    public void AChecklistQuestionAboutTheCriterion_StillAsks(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Guard 3 (review of phase 14): "A heading that refuses something of its own (不给予奖补, 不予评优) is a sanction; the
    // bullets under it are the demands whose failure it punishes. Only a heading whose negation reaches the bullets
    // (以下事项不再由村级组织承担：, 不得要求村（社区）：) negates them."
    [Theory]
    [InlineData("关于年度目标任务的通知", "各村：\n未完成下列任务的村，不给予年度奖补：\n• 招商引资任务500万元\n• 与农户签订责任状", "FM-01")]
    [InlineData("关于年度目标任务的通知", "各村：\n未完成下列任务的村，不给予年度奖补：\n• 招商引资任务500万元\n• 与农户签订责任状", "PV-1")]
    [InlineData("关于年度目标任务的通知", "各村：\n以下任务全部完成的方可申请奖补，未完成的不予评优：\n• 招商引资任务500万元", "FM-01")]
    public void ASanctionHeadingOverBullets_DoesNotNegateThem(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("关于规范村级组织工作事务的通知", "各部门：\n以下事项不再由村级组织承担：\n• 招商引资任务\n• 代收税款")]
    [InlineData("关于规范村级组织工作事务的通知", "各部门：\n各部门不得要求村（社区）：\n• 承担招商引资任务\n• 签订责任状")]
    [InlineData("关于规范村级组织工作事务的通知", "各部门：\n不再要求村级组织承担下列事项：\n• 招商引资任务\n• 代收税款")]
    public void AHeadingWhoseNegationReachesTheBullets_StillNegatesThem(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Rule (rt28 twice; rt26-094 and rt21-075 show it): "A paper whose title ranks the bodies it is sent to (关于公布全区A级
    // 旅游景区服务质量排名的通知 to 各A级旅游景区) ranks them; a clause that ranks the villages themselves keeps its reading."
    [Theory]
    [InlineData("关于公布全区A级旅游景区服务质量排名的通知", "各A级旅游景区、各有关镇：\n区文旅局委托第三方对十二家景区的服务质量开展了测评，现将排名结果公布，排名后三位的景区须提交整改报告。")]
    [InlineData("关于公布第三季度定点医药机构医保服务质量排名的通知", "各定点医药机构：\n现将排名结果公布，排名后五位的机构须在十五日内整改。\n请各镇医保所将排名结果转告辖区村（社区），由村委会在公开栏张贴。")]
    public void ARankingOfTheBodiesThePaperIsSentTo_IsTheirs(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    [Theory]
    // Evasion: the villages ranked in the same paper.
    [InlineData("关于公布全区A级旅游景区服务质量排名的通知", "各A级旅游景区、各有关镇：\n现将景区排名结果公布。同时对各村文明旅游工作进行排名。", "AS-1")]
    [InlineData("关于公布定点医药机构服务质量排名的通知", "各定点医药机构、各镇：\n现将排名结果公布，各村医保征缴率排名一并通报。", "AS-1")]
    [InlineData("关于公布定点医药机构服务质量排名的通知", "各定点医药机构、各镇：\n现将排名结果公布，并排名各村参保率。", "AS-1")]
    // The same title sent to the villages: read as the directive it is.
    [InlineData("关于公布全区A级旅游景区服务质量排名的通知", "各村、各A级旅游景区：\n各村配合景区提升服务，景区所在村一并排名。", "AS-1")]
    // A title ranking the addressee's township (各有关镇) is not the addressee's ranking.
    [InlineData("关于各镇村级文明旅游排名的通知", "各有关镇：\n排名后三位的村须提交整改报告。", "AS-1")]
    public void TheVillagesRankedBesideTheAddressees_StillFire(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule (rt27 twice: 探访 and 签约入户 photo proof; the same shape in rt13-041, rt15-184, rt16-066): "In a paper sent to the
    // sub-districts or townships, a sentence that tells the villages to act (请各社区…) gives them what the next sentence of
    // the same paragraph gives to no one."
    [Theory]
    [InlineData("关于加强独居老人探访关爱的通知", "各街道办事处：\n请各社区对辖区独居老人每周上门探访一次。探访时须在APP中打卡，与老人合影截图上传。", "CI-1")]
    [InlineData("关于家庭医生签约入户的通知", "各镇：\n请各村组织人员逐户上门宣传。每入户一次须截图上传，作为完成的凭证。", "CI-1")]
    public void ASentenceGoingOnFromOneThatTellsTheVillages_IsTheirs(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // A new line is a new item; a sentence that names its own performer keeps it.
    [InlineData("关于加强独居老人探访关爱的通知", "各街道办事处：\n请各社区对辖区独居老人每周上门探访一次。\n街道民政办每月统计探访情况，工作人员在APP中打卡。")]
    [InlineData("关于加强独居老人探访关爱的通知", "各街道办事处：\n请各社区对辖区独居老人每周上门探访一次。区民政局工作人员每月抽查时在APP中打卡。")]
    // A village word opening a description tells no one (rt17-152 was flagged by the first version).
    [InlineData("关于规范村级服务站标识的通知", "各镇（街道）：\n村（社区）服务站依托便民服务中心开展服务，不单独设立功能室。每月在APP中打卡一次。")]
    // Without a sentence telling the villages, the paper to the sub-districts stays theirs.
    [InlineData("关于加强独居老人探访关爱的通知", "各街道办事处：\n请各街道对辖区独居老人每周上门探访一次。探访时须在APP中打卡。")]
    public void ASentenceNotGoingOnFromTheVillages_KeepsItsReading(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    // Rule (rt27-159, a reply to a deputy; the phase-14 replies of rt25 and rt26 took up topics the same way): "In a reply
    // or report, 一、关于…的问题。 names the question answered; it demands nothing."
    [Theory]
    [InlineData("关于区人大代表减轻社区负担建议的答复", "区人大代表：\n一、关于社区承担招商引资的问题。街道已明确招商工作由街道经济发展办负责。\n二、关于对社区排名的问题。已取消排名。")]
    public void ATopicLineOfAReply_DemandsNothing(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // Evasion: the answer under the topic line tells the villages.
    [InlineData("关于区人大代表建议的答复", "区人大代表：\n一、关于社区承担招商引资的问题。今年各社区仍须完成招商引资任务500万元。", "FM-01")]
    // A directive's heading is not a reply's topic: the genre decides.
    [InlineData("关于招商引资的通知", "各社区：\n一、关于社区承担招商引资任务的问题。", "FM-01")]
    // A topic line that goes on to tell the villages in the same sentence.
    [InlineData("关于区人大代表建议的答复", "区人大代表：\n关于请各社区完成招商引资任务的问题。", "FM-01")]
    public void ADemandBesideATopicLine_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Review of phase 15, finding 1: "A topic line frames only when the answer under it does not keep the demand: 经研究，该任务
    // 维持不变, 今年暂按原渠道执行, 不予减免 — the question answered is demanded still."
    [Theory]
    [InlineData("关于东城街道请示调整社区招商引资任务的答复", "东城街道办事处：\n你街道《关于调整社区招商引资任务的请示》收悉，现答复如下：\n一、关于各社区今年承担招商引资任务每社区500万元的问题。经研究，该任务维持不变，请街道督促各社区于11月底前完成，完成情况与年度奖补挂钩。", "FM-01")]
    [InlineData("关于东城街道请示调整社区协税工作的答复", "东城街道办事处：\n你街道《关于调整社区协税工作的请示》收悉，现答复如下：\n一、关于社区协助税务部门开展协税护税、代收个人所得税的问题。经研究，考虑到社区熟悉辖区情况，今年暂按原渠道执行，请各街道做好指导。", "FM-02")]
    [InlineData("关于柳林社区请示减免招商任务的答复", "柳林社区居委会：\n你社区请示收悉，现答复如下：\n一、关于你社区申请减免招商引资任务的问题。经研究，不予减免，请仍按原定任务于年底前完成。", "FM-01")]
    public void ATopicLineWhoseAnswerKeepsTheDemand_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    // The answer moves the work away or grants the relief: the topic line names what was answered.
    [InlineData("关于东城街道请示调整社区招商引资任务的答复", "东城街道办事处：\n你街道《关于调整社区招商引资任务的请示》收悉，现答复如下：\n一、关于各社区今年承担招商引资任务每社区500万元的问题。经研究，自今年起不再向社区下达招商引资任务，由街道经济发展办负责。")]
    [InlineData("关于柳林社区请示减免招商任务的答复", "柳林社区居委会：\n你社区请示收悉，现答复如下：\n一、关于你社区申请减免招商引资任务的问题。经研究，同意减免，今年不再向你社区下达该项任务。")]
    public void ATopicLineWhoseAnswerGivesTheWorkAway_DemandsNothing(string title, string description)
    {
        Assert.DoesNotContain("FM-01", Fired(title, description));
    }

    // Review of phase 15, finding 3: "A facility the villages run (新时代文明实践站) on the addressee line is no other body, and a
    // sentence that puts the ranking's consequence on the villages (与各村…挂钩, 所在村须整改) keeps the villages' reading."
    [Theory]
    [InlineData("关于公布全区新时代文明实践站星级评定排名的通知", "各新时代文明实践站、各镇：\n现将2027年度实践站星级评定排名结果公布。排名结果与各村年度奖补资金挂钩，排名后三位的实践站所在村须于10日内提交整改报告。")]
    [InlineData("关于公布全区A级旅游景区服务质量排名的通知", "各A级旅游景区、各有关镇：\n现将景区排名结果公布。排名结果与各村年度奖补资金挂钩，排名后三位的景区所在村须于10日内提交整改报告。")]
    public void ARankingWhoseConsequenceFallsOnTheVillages_Fires(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    [Theory]
    [InlineData("关于公布全区A级旅游景区服务质量排名的通知", "各A级旅游景区、各有关镇：\n现将景区排名结果公布，排名后三位的景区须于10日内提交整改报告，请各镇督促景区整改。")]
    public void ARankingWhoseConsequenceFallsOnTheAddressees_StaysTheirs(string title, string description)
    {
        Assert.DoesNotContain("AS-1", Fired(title, description));
    }

    // Review of phase 15, finding 6: "是否存在…的情况 asks whether a practice exists; it is never a criterion."
    [Theory]
    [InlineData("关于开展村级组织减负自查的通知", "各镇、区直各部门：\n请对照以下问题开展自查：\n一、是否存在村（社区）考核排名结果作为评优依据的情况；\n二、是否存在签订责任状并与村干部报酬挂钩的情况。")]
    [InlineData("关于开展村级组织减负自查的通知", "各镇、区直各部门：\n请对照以下问题开展自查：\n一、是否有将签订责任状与村干部报酬挂钩的现象；")]
    public void AQuestionWhetherAPracticeExists_SetsNoCriterion(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Review of phase 15, finding 7: "A sentence opening with a performer of its own (接种点, 普查员) names someone; one
    // naming no one, or the village's own people, still goes on from the villages told to act."
    [Theory]
    [InlineData("关于设立疫苗临时接种点的通知", "各街道办事处：\n请各社区提供一间会议室作为疫苗临时接种点。接种点每日工作结束后须将接种人数截图上传至区卫健委系统。")]
    [InlineData("关于做好人口普查入户工作的通知", "各镇人民政府：\n请各村协助做好普查宣传和入户引导。普查员入户登记时须使用PAD定位打卡并拍照上传。")]
    public void ASentenceWithAPerformerOfItsOwn_DoesNotGoOnFromTheVillages(string title, string description)
    {
        Assert.DoesNotContain("CI-1", Fired(title, description));
    }

    [Theory]
    [InlineData("关于做好人口普查入户工作的通知", "各镇人民政府：\n请各村协助做好普查宣传和入户引导。入户引导时须在APP定位打卡并拍照上传。")]
    [InlineData("关于设立疫苗临时接种点的通知", "各街道办事处：\n请各社区提供一间会议室作为疫苗临时接种点。村网格员每日须将接种人数截图上传。")]
    public void ASentenceGoingOnWithTheVillagesAct_StillFires(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    // Review of phase 15, finding 5: "将, 把, 对 mark the practice asked about only as words of their own: 按要求, 对接 and the
    // future 将作为 are no marks."
    [Theory]
    [InlineData("关于开展人居环境整治的通知", "各村：\n一、是否按要求完成整治任务纳入年度考核。")]
    [InlineData("关于开展人居环境整治的通知", "各村：\n是否按时在APP打卡上传照片将作为年度考核评优的重要依据。")]
    [InlineData("关于开展人居环境整治的通知", "各村：\n是否完成招商对接任务计入年度考核排名。")]
    // Not an existence question: 是否有效完成 still sets the criterion.
    [InlineData("关于开展人居环境整治的通知", "各村：\n一、是否有效完成整治任务纳入年度考核。")]
    public void AMarkInsideAWordOrAFutureWill_LeavesTheCriterion(string title, string description)
    {
        Assert.Contains("AS-1", Fired(title, description));
    }

    [Theory]
    [InlineData("自查表", "是否将村（社区）评比结果作为评优依据。")]
    public void AMarkOfItsOwn_StillAsks(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Review of phase 15, finding 4: "A heading's negation reaches its bullets only when its verb takes them as object
    // (承担, 要求, 下达, 列入 …); 不予评优, 不得拖延, 严禁敷衍 sanction or insist."
    [Theory]
    [InlineData("关于年度目标任务的通知", "各村：\n未完成以下任务的村不予评优：\n• 每村完成招商引资任务500万元\n• 与农户逐户签订安全生产责任状", "FM-01")]
    [InlineData("关于年度目标任务的通知", "各村：\n未完成以下任务的村不予评优：\n• 每村完成招商引资任务500万元\n• 与农户逐户签订安全生产责任状", "PV-1")]
    [InlineData("关于年度目标任务的通知", "各村：\n以下任务不得拖延：\n• 每村完成招商引资任务500万元\n• 网格员每日入户走访须在APP定位打卡并上传照片", "FM-01")]
    [InlineData("关于年度目标任务的通知", "各村：\n以下任务不得拖延：\n• 每村完成招商引资任务500万元\n• 网格员每日入户走访须在APP定位打卡并上传照片", "CI-1")]
    [InlineData("关于年度目标任务的通知", "各村：\n以下工作严禁敷衍应付：\n• 网格员每日入户走访须在APP定位打卡\n• 每月对各村完成情况进行排名通报", "CI-1")]
    [InlineData("关于年度目标任务的通知", "各村：\n以下工作严禁敷衍应付：\n• 网格员每日入户走访须在APP定位打卡\n• 每月对各村完成情况进行排名通报", "AS-1")]
    public void ASanctionOrInsistingHeadingWithAPointer_DoesNotNegateTheBullets(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Theory]
    [InlineData("关于规范村级组织工作事务的通知", "各部门：\n以下事项一律取消：\n• 招商引资任务\n• 签订责任状")]
    [InlineData("关于规范村级组织工作事务的通知", "各部门：\n以下事项不再列入村级组织考核：\n• 招商引资任务\n• 签订责任状")]
    public void AHeadingRefusingTheBulletsWithAPointer_StillNegatesThem(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    // Review of phase 15, finding 8: "A new line that resumes the act the villages were told to do (探访时, 入户后) goes on
    // with them."
    [Theory]
    [InlineData("关于加强独居老人探访关爱的通知", "各街道办事处：\n请各社区对辖区独居老人每周上门探访一次。\n探访时须在APP中定位打卡，与老人合影截图上传，作为探访完成的凭证。")]
    public void ANewLineResumingTheVillagesAct_StillFires(string title, string description)
    {
        Assert.Contains("CI-1", Fired(title, description));
    }

    private static readonly RecogniserLexicon Certificates = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-09", TitleZh = "林地承包经营情况证明", Recognisers = "林地承包经营情况证明;林地 ~8 承包" },
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-02", TitleZh = "土地承包经营权变更证明", Recognisers = "承包 ~8 (变更|互换) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-01", TitleZh = "亲属关系证明", Recognisers = "亲属关系证明;亲属 ~8 (证明|说明);证明 ~12 亲属关系" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "其他证明", Recognisers = "(出具|开具) ~24 (证明|说明)" },
    ]);

    private static IReadOnlyList<string> Certified(string title, string description) =>
        [.. TextAnalyser.Analyse(Certificates, [("title", title), ("description", description)]).Hits
            .Where(h => h.Verdict.Fires && h.Entry.Target == RecogniserTarget.ProhibitedCertificate).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule (rt28 three times; rt24-176, rt11-099, rt17-114 show permitted certificates blocked too): "该证明, 此证明 point back
    // at the certificate named before: a sentence that says where it stands on the list (该证明在村级可出具证明事项清单内)
    // demands no other paper."
    [Theory]
    [InlineData("关于出具林地承包经营情况证明的通知", "各村：\n请各村核实申请农户的林地承包合同后出具林地承包经营情况证明。\n该证明在村级可出具证明事项清单内，按清单格式出具。")]
    [InlineData("关于出具承包经营权互换变更证明的通知", "柏林村村委会：\n请村委会核实互换协议后出具承包经营权互换变更证明。\n该证明属村级可出具证明事项。")]
    public void ABackReferenceToAPermittedCertificate_DemandsNoOtherPaper(string title, string description)
    {
        Assert.Equal([], Certified(title, description));
    }

    [Theory]
    // Evasion: the certificate pointed back at is a prohibited one — the back reference cites it.
    [InlineData("关于材料的通知", "各村：\n请村委会出具亲属关系证明。\n该证明属村级可出具证明事项，请按清单出具。", "BZ-01")]
    [InlineData("关于材料的通知", "各村：\n申请人需提供亲属关系证明，该证明由村委会出具。", "BZ-01")]
    // The back-referenced paper that states another fact is that fact's certificate.
    [InlineData("关于材料的通知", "各村：\n请各村出具林地承包经营情况证明。\n该证明由村委会出具，证明申请人与其子女的亲属关系。", "BZ-01")]
    public void ABackReferenceToAProhibitedCertificateOrAnotherFact_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Certified(title, description));
    }

    // Review of phase 15, finding 2: "上述证明 points at every paper named before: it is the allowed certificate only when each
    // of them is one."
    [Fact]
    public void APluralBackReferenceOverAnUnlistedPaper_StillFires()
    {
        Assert.Contains("BZ-00", Certified("关于申请材料的通知", "各村：申请人需提交以下材料：身份证、林地承包经营情况证明、家庭收入情况说明。上述证明均由村委会出具并加盖公章。"));
    }

    [Fact]
    public void APluralBackReferenceOverAllowedPapersOnly_DemandsNoOtherPaper()
    {
        Assert.Equal([], Certified("关于申请材料的通知", "各村：申请人需提交以下材料：身份证、林地承包经营情况证明。上述证明由村委会出具并加盖公章。"));
    }

    private static readonly RecogniserLexicon LossAndForest = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-09", TitleZh = "林地承包经营情况证明", Recognisers = "林权 ~8 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-20", TitleZh = "遗失证明", Recognisers = "(遗失|丢失) ~10 (证明|说明)" },
    ]);

    private static bool Covered(string description)
    {
        var hits = TextAnalyser.Analyse(LossAndForest, [("description", description)]).Hits.Where(h => h.Verdict.Fires).ToList();
        var prohibited = hits.Where(h => h.Entry.Code == "BZ-20").ToList();
        Assert.NotEmpty(prohibited);
        return prohibited.All(p => CertificateCover.Covered(p, [.. hits.Where(h => h.Entry.Code == "ZM-09")], prohibited));
    }

    // Rule (rt28-085, the reverse of the permitted papers above): "A certificate is what stands next to 证明: 林权证遗失证明 certifies a loss, and
    // the permitted forest-right certificate whose words come before does not cover it."
    [Fact]
    public void AProhibitedFactNextToTheSharedDocumentWord_IsNotCoveredByTheAllowedOne()
    {
        Assert.False(Covered("各村：\n请村委会出一个林权证遗失证明，盖村委会公章。"));
    }

    [Fact]
    public void AnAllowedFactNextToTheSharedDocumentWord_StillCovers()
    {
        Assert.True(Covered("各村：\n请村委会为遗失证书的农户出具林权证明，盖村委会公章。"));
    }
}
