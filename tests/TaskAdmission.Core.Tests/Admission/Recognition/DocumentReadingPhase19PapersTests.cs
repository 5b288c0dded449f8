using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 19 (papers that demand nothing of the village): self-check tables and reports listing practices found
/// and stopped, notices that withdraw a demand now, inspection feedback listing findings, phone records and replies that
/// answer a question or a proposal with a refusal. Each class is stated as a county approver would say it and tested on
/// sentences written for these tests, in several genres and orders, with sentences beside them that must still fire — a
/// self-check, withdrawal or reply wording a demand that is kept, re-imposed or adopted.
/// </summary>
public sealed class DocumentReadingPhase19PapersTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;承诺书;(签订|签署) ~10 (责任|承诺|保证)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;截图;(拍照|照片) ~6 (上传|发群|定位)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;通报 ~6 排名" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "挂牌", Category = LexiconFamilies.Signboard, Recognisers = "挂牌;牌子" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-00", TitleZh = "清单以外的其他证明事项", Recognisers = "(出具|开具|出证) ~24 (证明|说明|证明材料|情况说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-08", TitleZh = "婚姻状况证明", Recognisers = "(单身|未婚|离异|婚姻情况) ~10 (证明|说明)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-15", TitleZh = "就业失业状况证明", Recognisers = "(就业|失业|无业) ~16 (证明|说明)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "食品安全监管", Recognisers = "(宴席|聚餐|餐馆|食品) ~12 (监管|监督检查|抽检)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    private const string SelfCheck =
        "| 自查事项 | 是否存在 | 整改情况 |\n| 要求村干部在群内打卡、拍照 | 曾存在 | 已于11月停止 |\n| 对村工作排名通报 | 否 | — |\n| 要求村签订统计数据承诺书 | 曾存在 | 已废止，承诺书退回 |\n自查人：镇统计站";

    // "A row of a self-check table whose header asks whether a practice exists (是否存在, 有无) names the practice looked for:
    // answered no, or said to be ended, it is reported, not demanded."
    [Theory]
    [InlineData("柳林镇减负事项自查表", SelfCheck, "CI-1")]
    [InlineData("柳林镇减负事项自查表", SelfCheck, "AS-1")]
    [InlineData("柳林镇减负事项自查表", SelfCheck, "PV-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 整改情况 |\n| 要求各村每天APP打卡 | 否 | — |", "CI-1")]
    [InlineData("区住建局涉村事项自查清单", "| 检查内容 | 有无 | 处理情况 |\n| 巡河APP打卡 | 无 | 无需处理 |\n| 要求各村挂“工作站”牌子 | 有 | 已全部摘除 |", "SB-1")]
    public void ARowOfASelfCheckAnsweredNoOrEnded_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: the ended cell replaces the practice with another; the next step re-imposes it; answered yes and not ended;
    // kept for some; a table that asks whether a task was done lists tasks.
    [InlineData("| 自查事项 | 是否存在 | 整改情况 |\n| 纸质台账 | 曾存在 | 已取消，改为各村每周拍照上传 |", "CI-1")]
    [InlineData("| 自查事项 | 是否存在 | 整改情况 |\n| 要求村签订责任书 | 存在 | 下一步各村要重新签订承诺书 |", "PV-1")]
    [InlineData("| 自查事项 | 是否存在 | 整改情况 |\n| 要求各村每天APP打卡 | 存在 | 整改中 |", "CI-1")]
    [InlineData("| 自查事项 | 是否存在 | 整改情况 |\n| 巡河APP打卡 | 曾存在 | 已停止（沿江村保留） |", "CI-1")]
    [InlineData("| 工作事项 | 是否完成 | 备注 |\n| 各村每天APP打卡 | 否 | 月底前完成 |", "CI-1")]
    public void ARowKeptOrReimposed_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired("柳林镇减负事项自查表", description));
    }

    // "A heading that says who ended the items after it, or how many (我镇已停止以下做法：, 其中取消3项：, 现取消以下事项：),
    // reports them."
    [Theory]
    [InlineData("经自查，我镇已停止以下做法：要求村书记签订征兵任务责任书；要求村干部每日在群内打卡；对村排名通报。今后上述事项不再下派。", "PV-1")]
    [InlineData("经自查，我镇已停止以下做法：要求村书记签订征兵任务责任书；要求村干部每日在群内打卡；对村排名通报。今后上述事项不再下派。", "CI-1")]
    [InlineData("经自查，我镇已停止以下做法：要求村书记签订征兵任务责任书；要求村干部每日在群内打卡；对村排名通报。今后上述事项不再下派。", "AS-1")]
    [InlineData("我局对近三年布置的涉村事项进行了自查，其中取消3项：村级巡查照片上传、各村挂牌、防火责任书；另有2项改由我局购买服务完成。", "CI-1")]
    [InlineData("我局对近三年布置的涉村事项进行了自查，其中取消3项：村级巡查照片上传、各村挂牌、防火责任书；另有2项改由我局购买服务完成。", "SB-1")]
    [InlineData("现取消以下事项：各村巡河APP打卡；按村排名通报。", "CI-1")]
    public void ItemsUnderAHeadingThatSaysWhoEndedThem_DemandNothing(string description, string code)
    {
        Assert.DoesNotContain(code, Fired("柳林镇减负自查情况", description));
    }

    [Theory]
    // Evasion: an item replaces the ended practice with another; the heading keeps some; the sentence after the list asks.
    [InlineData("我镇已停止以下做法：纸质台账，改为各村每天在APP打卡。", "CI-1")]
    [InlineData("我镇已停止以下做法（沿江村保留）：各村巡河APP打卡。", "CI-1")]
    [InlineData("经自查，我镇已停止以下做法：纸质台账。下一步各村要签订承诺书。", "PV-1")]
    public void AnEndedHeadingThatAsksOrKeeps_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired("柳林镇减负自查情况", description));
    }

    // "A clause in which the notice withdraws a demand now — opening with the verb (取消…要求, 自即日起停止…任务) or ending with
    // the time and the verb (…的做法即日停止) — names the demand it withdraws."
    [Theory]
    [InlineData("经镇党委研究，取消村级路长、河长在手机APP上的轨迹打卡和照片上传要求。巡查由镇相关站所自行负责。", "CI-1")]
    [InlineData("此前要求村委会签订防火责任书的做法即日停止，已签的不作为考核依据。", "PV-1")]
    [InlineData("自即日起停止向各村下达巡河APP打卡任务。", "CI-1")]
    // A reply ordering the words of a demand out of the paper it reviewed.
    [InlineData("经审查，方案中由村对采石场安全负监管责任的表述不符合规定，请予删除。同时，请删除与村签订目标责任书的内容。", "PV-1")]
    [InlineData("请删去第五条“各村每天在APP打卡”的表述。", "CI-1")]
    public void ADemandWithdrawnNow_IsNotMade(string description, string code)
    {
        Assert.DoesNotContain(code, Fired("柳林镇关于调整巡河工作的通知", description));
    }

    [Theory]
    // Evasion: the withdrawal replaces the demand with another; keeps it for some; a sanction (取消…资格) is no
    // withdrawal; a demand restored.
    [InlineData("取消纸质台账要求，改为各村每天在APP打卡。", "CI-1")]
    [InlineData("纸质台账的要求即日停止，改为各村每天在APP打卡。", "CI-1")]
    [InlineData("各村巡河APP打卡的要求即日停止，沿江村保留。", "CI-1")]
    [InlineData("对排名末位的村，取消其年度评优资格。", "AS-1")]
    [InlineData("各村每天APP打卡的做法即日起恢复。", "CI-1")]
    // Evasion: the deleted words replaced by a demand; a deletion of data beside a demand.
    [InlineData("请删除原方案中纸质台账的内容，改为各村每天在APP打卡。", "CI-1")]
    [InlineData("请删除重复登记的人员，各村签订目标责任书。", "PV-1")]
    public void AWithdrawalThatReplacesOrKeeps_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired("柳林镇关于调整巡河工作的通知", description));
    }

    // "A findings heading closed by a full stop (二、存在问题。) heads the findings up to the next heading line."
    [Theory]
    [InlineData("一、总体情况。整改工作有序推进。\n二、存在问题。（一）乡农业服务中心仍要求各村每日在APP打卡；（二）乡综治办与各村签订的责任书未清理。\n三、整改要求。请于30日内整改，整改情况报县减负办。", "CI-1")]
    [InlineData("一、总体情况。整改工作有序推进。\n二、存在问题。（一）乡农业服务中心仍要求各村每日在APP打卡；（二）乡综治办与各村签订的责任书未清理。\n三、整改要求。请于30日内整改，整改情况报县减负办。", "PV-1")]
    // A finding's cue after a time word (近期调研发现，…).
    [InlineData("近期调研发现，个别镇与村签订“零返贫”责任状、对村实行排名通报。现明确：考核对象为镇党委、政府。", "PV-1")]
    [InlineData("近期调研发现，个别镇与村签订“零返贫”责任状、对村实行排名通报。现明确：考核对象为镇党委、政府。", "AS-1")]
    public void FindingsUnderAHeadingClosedByAFullStop_AreReported(string description, string code)
    {
        Assert.DoesNotContain(code, Fired("基层减负专项督查反馈意见", description));
    }

    [Theory]
    // Evasion: a finding followed by a request in the same section; a next section that asks.
    [InlineData("二、存在问题。部分村台账不全，请各村每天在APP打卡。\n三、整改要求。按时整改。", "CI-1")]
    [InlineData("二、存在问题。\n三、工作要求。各村每天在APP打卡。", "CI-1")]
    // Evasion: a timed finding whose sentence goes on to ask the villages.
    [InlineData("近期调研发现，部分村台账不全，请各村签订责任书。", "PV-1")]
    public void AfterTheFindings_StillFires(string description, string code)
    {
        Assert.Contains(code, Fired("基层减负专项督查反馈意见", description));
    }

    // "A question the record reports (来电…问村里能不能开; 询问各村是否还在出具…，请镇民政办…) asks nothing of the villages."
    [Theory]
    [InlineData("电话记录：太平村咨询证明材料", "来电人：太平村文书\n来电内容：村民网上办不动产登记，系统提示要村委会开单身证明，问村里能不能开。\n答复：这个证明村委会不能开，也不用开。", "BZ-08")]
    [InlineData("电话记录：区民政局询问证明事项清单执行情况", "来电：区民政局基层政权科\n内容：询问我镇各村是否还在出具清单外证明，请镇民政办本周报送自查情况。各村无需另报材料。", "BZ-00")]
    public void AReportedQuestion_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: the clause after the question asks the villages to go on; a question put to the villages with 请.
    [InlineData("电话记录", "内容：询问各村是否还在出具清单外证明，请各村继续。", "BZ-00")]
    [InlineData("电话记录", "来电询问：请各村本周内出具单身证明，是否可以？", "BZ-08")]
    public void AQuestionThatAsksTheVillages_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // "A matter raised to the issuer — a deputy's proposal, a quoted problem — is reported when the reply refuses it."
    [Theory]
    [InlineData("关于“由村委会监管农村宴席”代表建议的答复", "代表提出由村委会对农村宴席进行食品安全监管。经研究，不宜由村委会承担该职责，村委会可协助宣传。", "FM-06")]
    [InlineData("关于政协委员提案的答复", "政协委员建议由村委会对辖区餐馆开展食品安全监督检查。经研究，该职责依法属于市场监管部门，不宜交由村委会。", "FM-06")]
    [InlineData("区人社局对区政协委员提案的答复（摘要）", "关于“群众办理就业补贴仍需村里开证明”的问题：我局已于今年3月起取消就业补贴申领中的村级证明材料，各经办机构不得再要求群众提交村（社区）证明。", "BZ-15")]
    public void AMatterRaisedAndRefused_IsReported(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: the reply adopts the proposal; the title's quoted matter is agreed to; the quoted problem is answered by
    // asking the villages to go on.
    [InlineData("关于代表建议的答复", "代表提出由村委会对农村宴席进行食品安全监管。经研究，予以采纳，请各村委会抓好落实。", "FM-06")]
    [InlineData("关于“由村委会监管农村宴席”代表建议的答复", "经研究，同意由村委会负责。", "FM-06")]
    [InlineData("关于就业补贴问题的答复", "关于“村里开就业证明”的问题：请各村继续为群众开具就业证明。", "BZ-15")]
    public void AMatterRaisedAndAdopted_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
