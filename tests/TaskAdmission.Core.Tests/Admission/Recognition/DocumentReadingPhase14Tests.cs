using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 14 (developed on rt25 and rt26; classes ranked by how many parts show them): papers that are not tasks
/// for the village — a reply, an upward report or summary, minutes, a self-check's checklist — describe work, report the
/// burden or refuse it. Each rule is stated as a county approver would say it and tested on sentences written for these
/// tests, with papers of the same genre beside them whose demand on the villages must still fire (including a directive
/// titled 报告 to get through).
/// </summary>
public sealed class DocumentReadingPhase14Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税", Recognisers = "(代收|代征|收取) ~8 (税|税款|卫生费)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任状", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任状;责任书" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;评比;考核" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "截图", Category = LexiconFamilies.AppCheckIn, Recognisers = "截图;打卡" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "牌子", Category = LexiconFamilies.Signboard, Recognisers = "牌子" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // Rule 1 (rt26 six times, rt25 twice, rt8, rt23): "A reply, a report or summary sent upward, or the minutes of a meeting
    // tells what was done, what was asked of it, what it refuses or withdraws: a sentence of it framed so (曾, 已, 反映,
    // 请示…收悉, 不同意, 不再, 取消, 撤销, 摘除, 是否) that tells the villages to do nothing demands nothing of them."
    [Theory]
    // A reply refusing a township's request (the request named in the title too).
    [InlineData("关于白沙镇请求由村代收零星税款的复函", "白沙镇人民政府：\n你镇请示收悉。经研究，我局不同意由村（社区）代收税款，改由税务所在便民服务中心设窗口办理。\n特此函复。")]
    // A reply to the villages' complaint, withdrawing what they complained of.
    [InlineData("关于社区反映排名通报过多问题的答复", "各社区：\n你们反映每月对社区排名通报、要求发送工作截图的问题收悉。\n经研究，自即日起取消对社区的排名通报，不再要求发送截图。")]
    // A township's self-check report to the district: past demands, withdrawn.
    [InlineData("青石镇为基层减负自查报告", "区委社会工作部：\n我镇去年曾要求各村签订安全生产责任状，已于3月全部收回；曾在各村悬挂“招商服务站”牌子，已全部摘除。")]
    // A department's answer to a deputy's proposal.
    [InlineData("关于区人大代表第12号建议的答复", "王代表：\n您提出的减轻村级负担的建议收悉。\n我区已明确招商引资任务不得交由村（社区）承担，已取消对村（社区）的排名。")]
    // Minutes of a burden meeting: what the meeting takes away.
    [InlineData("柳溪镇减负专题会议纪要", "会议议定：\n一、撤销各部门在村设立的牌子，由各部门自行回收。\n二、取消对各村的排名通报，今后不再与村签订责任状。")]
    // A self-check report telling of a burden reduced (合并, 清理).
    [InlineData("青石镇基层减负自查报告（摘要）", "一、自查情况：今年向村下发文件比去年少19件；涉村考核由7项合并为1项；清理村级外挂牌子26块。")]
    public void APaperThatDescribesRefusesOrWithdraws_DemandsNothing(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // A report whose sentence turns to the villages (请各村…) demands, even beside 已.
    [InlineData("招商引资工作情况报告", "区委：\n在去年已完成任务的基础上，请各村于6月底前完成招商引资签约项目2个。", "FM-01")]
    // Evasion: a directive titled 报告 and sent to the villages is read as the directive it is.
    [InlineData("关于招商引资工作的报告", "各村：\n此前已下达的招商引资任务继续执行，年底前完成。", "FM-01")]
    // Minutes: the meeting's demand on the villages (会议要求，各村要…) is a demand.
    [InlineData("殡葬改革推进会会议纪要", "会议要求，各村要与每户签订责任状，签订情况已纳入年度工作。", "PV-1")]
    // Minutes: a decision whose clause has the villages act, beside a withdrawal of something else.
    [InlineData("镇党政办公会会议纪要", "会议议定：\n二、原定的评比活动取消，各村改为签订安全生产责任状。", "PV-1")]
    // A reply that puts the work on the village that asked (由你村负责…), beside 请示…收悉.
    [InlineData("关于柳林村请示的答复", "柳林村：\n你村请示收悉。由你村负责代收本组村民的零星税款，月底前上缴镇财政所。", "FM-02")]
    // Evasion: minutes whose demand names no one, framed only after it (…，已完成的不再下达) or by a double negation.
    [InlineData("招商工作推进会会议纪要", "会议议定：年底前完成招商引资任务2000万元，已完成的村不再另行下达。", "FM-01")]
    [InlineData("经济工作会议纪要", "会议要求：年底前完成招商引资任务2000万元，不得拖延。", "FM-01")]
    [InlineData("镇党政办公会会议纪要", "会议议定：对各村进行排名通报，已整改的不再通报。", "AS-1")]
    // A burden reduced, then the villages told to act in the same sentence.
    [InlineData("减负工作情况报告", "区委社会工作部：\n涉村考核由7项合并为1项，请各村于月底前报送考核排名材料。", "AS-1")]
    // A refusal forbidden is a demand: 各村不得拒绝 tells the villages to sign.
    [InlineData("安全生产会议纪要", "会议明确，已下发的责任状，各村不得拒绝签订。", "PV-1")]
    // From a review of phase 14 (each silenced before these mends): a meeting's 提出 opens a decision, it frames nothing.
    [InlineData("经济工作会议纪要", "会议提出：年底前完成招商引资任务2000万元。", "FM-01")]
    // Time words before the village subject.
    [InlineData("镇党政办公会会议纪要", "会议议定：\n二、原定的评比活动取消，今年起各村改为签订安全生产责任状。", "PV-1")]
    [InlineData("经济工作会议纪要", "会议指出，去年全镇招商引资到位资金3亿元，今年各村要完成招商引资任务500万元。", "FM-01")]
    // A reply that approves or confirms: the decision after the framing word.
    [InlineData("关于柳林村请示的批复", "柳林村：\n你村请示收悉，同意你村代收本组村民的零星税款，月底前上缴镇财政所。", "FM-02")]
    [InlineData("关于各村反映招商引资任务过重问题的答复", "各村：\n你们反映的问题收悉，经研究，今年招商引资任务仍按每村500万元执行，年底考核排名。", "FM-01")]
    // Through the townships: 督促/组织 + the villages.
    [InlineData("2027年招商引资工作总结", "各镇（街道）：\n鉴于去年成效明显，今年请各镇（街道）督促各村年底前完成招商引资任务500万元。", "FM-01")]
    // 不少于, 不折不扣 negate nothing after the village subject.
    [InlineData("镇党政办公会会议纪要", "会议议定：取消月度评比，各村每月不少于4次在工作群打卡签到。", "CI-1")]
    [InlineData("经济工作会议纪要", "会议议定：取消月度评比，各村不折不扣完成招商引资任务。", "FM-01")]
    [InlineData("通知", "各村：\n各村不折不扣完成招商引资任务。", "FM-01")]
    // The whole of them, and the kind of village.
    [InlineData("经济工作会议纪要", "会议指出，去年成效明显，全镇各村要在6月底前完成招商引资签约项目2个。", "FM-01")]
    [InlineData("经济工作会议纪要", "会议指出，去年成效明显，各行政村要在6月底前完成招商引资签约项目2个。", "FM-01")]
    // The reply's own answer set out in quotation marks.
    [InlineData("关于各村反映招商引资任务问题的答复", "各村：\n你们反映的问题收悉，现答复如下：“请各村年底前完成招商引资任务500万元”。", "FM-01")]
    public void ADemandOnTheVillagesInsideSuchAPaper_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 2 (rt26; the self-check notices of rt25 and earlier parts): "An item of a checklist that opens with 是否/有无 asks
    // whether a practice exists; it demands none — up to a clause of it that asks again."
    [Theory]
    [InlineData("关于开展减负自查的通知", "各部门：\n请对照以下问题开展自查：\n一、是否要求村（社区）承担招商引资任务；\n二、是否对村（社区）排名通报。")]
    [InlineData("督查提纲", "各镇：\n1.有无要求村干部每天打卡；\n2.有无与村签订责任状。")]
    [InlineData("自查表", "是否在村（社区）悬挂部门牌子。")]
    public void AChecklistQuestion_DemandsNothing(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // A checklist item that goes on to ask the villages.
    [InlineData("关于开展自查的通知", "各村：\n一、是否按时报送，请各村每天打卡并截图发群。", "CI-1")]
    // Not a question at the start: a demand whose later clause asks whether.
    [InlineData("通知", "各村：\n请各村与农户签订责任状，并核实是否签字。", "PV-1")]
    // 是否 inside the demand's clause, not opening its sentence.
    [InlineData("通知", "各村：\n各村每月排名通报，排名结果作为是否评优的依据。", "AS-1")]
    // From a review of phase 14: 需 asks again (the zero-report practice).
    [InlineData("通知", "各村：\n有无险情，均需每日17时前在工作群打卡报平安。", "CI-1")]
    public void ADemandBesideAQuestion_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 3 (rt12, rt24, rt26: 垃圾收运外包 three times): "A service the department buys is its own work: assessing the company
    // it pays (考核公司, 对收运公司考核扣款, 环卫公司的考核) assesses the contractor, not the village."
    [Theory]
    [InlineData("关于农村生活垃圾收运服务外包的通知", "各村：\n全镇垃圾收运由区环卫服务公司承担，镇城管办负责考核公司。")]
    [InlineData("关于保洁服务外包的说明", "各村：\n环卫公司的考核由区农业农村委负责，村里可以监督保洁质量。")]
    [InlineData("关于收运服务的通知", "各村：\n发现垃圾桶满溢的，向镇环卫站反映，环卫站据此对收运公司进行考核扣款。")]
    public void AnAssessmentOfTheDepartmentsContractor_IsNotOfTheVillage(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // The villages assessed beside the company.
    [InlineData("关于保洁服务外包的通知", "各村：\n镇城管办对各村和保洁公司进行考核。", "AS-1")]
    [InlineData("关于保洁服务外包的通知", "各村：\n镇城管办考核公司和各村的保洁工作。", "AS-1")]
    // The company named after a break: the assessment is of the villages' work, its result touches the company's fee.
    [InlineData("关于保洁服务外包的通知", "各村：\n镇里对各村保洁工作进行考核，考核结果与保洁公司服务费挂钩。", "AS-1")]
    public void AnAssessmentOfTheVillagesBesideAContractor_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 4 (rt18, rt21, rt25; rt20 shows it): "A paper not sent to the villages whose title gives its ranking or
    // assessment to a class of other bodies (区直部门, 区级部门) reports their assessment: its description's ranking is theirs
    // where its clause names no village."
    [Theory]
    [InlineData("关于2026年度区直部门为基层减负工作考核结果的通报", "区委考核办对区直部门进行了考核。区民政局排名第一；区城管局因多次要求村（社区）填报重复报表，排名末位。")]
    [InlineData("2027年一季度区级部门政务服务满意度排名", "1  区人力社保局  98.6%\n2  区民政局  97.9%\n注：本排名为窗口服务评价结果。")]
    public void ARankingOfOtherBodiesNamedInTheTitle_IsTheirs(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // A clause that names the villages keeps its reading.
    [InlineData("关于2026年度区直部门考核结果的通报", "区直部门考核结果见附件。年底还将对各村进行考核排名。", "AS-1")]
    // One office before the title's ranking ranks: the villages it ranks are the villages.
    [InlineData("民生实事进度排名", "街道每周统计各社区民生实事办理进度并排名公布。", "AS-1")]
    [InlineData("区政府督查室暗访情况通报", "区政府督查室对各村便民服务中心进行了暗访，结果纳入村级年度考核。", "AS-1")]
    public void ARankingOfTheVillagesUnderSuchATitle_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 5 (rt25): "A hand-down refused with the village before the verb (不给各村下达…) is refused, as 不向各村下达 is."
    [Theory]
    [InlineData("关于引导乡贤参与村级议事的意见", "各村：\n镇里不给各村下达乡贤人数和招商引资任务。")]
    [InlineData("通知", "各村：\n区里今年不给村里分配招商引资指标。")]
    public void AHandDownRefusedBeforeTheVillage_IsNotMade(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    [InlineData("通知", "各村：\n镇里给各村下达招商引资任务，每村500万元。", "FM-01")]
    // 不给予 refuses something else; the demand after it stands.
    [InlineData("通知", "各村：\n不给予额外补助，各村须完成招商引资任务。", "FM-01")]
    public void AHandDownNotRefused_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // Rule 6 (rt26): "A paper addressed to private persons (各民宿经营者：, 广大养殖户：) speaks to them: what it gives to no one
    // is theirs, as in a paper addressed to other bodies."
    [Theory]
    [InlineData("民宿评比申报通知", "各民宿经营者：\n年度民宿评比即将开展，经营满一年的民宿可自愿申报。")]
    [InlineData("养殖场评比通知", "广大养殖户：\n今年开展标准化养殖场评比，请于5月底前报名。")]
    public void APaperToPrivatePersons_GivesThemWhatItGivesNoOne(string title, string description)
    {
        Assert.Equal([], Fired(title, description));
    }

    [Theory]
    // The same paper sent to the villages.
    [InlineData("民宿评比通知", "各村：\n年度民宿评比即将开展，请于5月底前报名。", "AS-1")]
    // Sent to private persons, but a sentence ranks the villages.
    [InlineData("养殖场评比通知", "广大养殖户：\n年底对各村的养殖场数量进行评比排名。", "AS-1")]
    // A greeting is no addressee.
    [InlineData("评比通知", "居民朋友们好：\n年度评比即将开展，请于5月底前报名。", "AS-1")]
    public void APaperToTheVillagesOrNamingThem_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
