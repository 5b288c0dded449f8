using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 18b (stopping and withdrawing): papers whose subject is a demand that was stopped, withdrawn or is
/// refused — 减负 self-check tables and reports, lists of practices ended, prohibitions listed under a heading. Each class
/// is stated as a county approver would say it and tested on sentences written for these tests, with sentences beside
/// them that must still fire — including a township wording a demand that is kept or re-imposed to look like the clean
/// paper.
/// </summary>
public sealed class DocumentReadingPhase18StopTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;保证书;(签订|签署) ~10 (责任|承诺|保证);评先 ~8 (取消|撤销)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;截图;(拍照|照片) ~6 (上传|发群|定位)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;通报 ~6 排名" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "挂牌", Category = LexiconFamilies.Signboard, Recognisers = "挂牌;牌子" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "A self-check table's row whose 整改情况 cell says the practice is ended (已停止, 已取消, 全部摘除, 停止) names a demand
    // withdrawn; the table's header names its columns."
    [Theory]
    [InlineData("石桥镇减负自查整改台账", "| 序号 | 原要求 | 来源 | 整改情况 |\n| 1 | 各村签订防火责任书 | 镇农业办 | 已取消 |\n| 2 | 巡河APP打卡 | 河长办 | 已停止，不再通报 |", "PV-1")]
    [InlineData("石桥镇减负自查整改台账", "| 序号 | 原要求 | 来源 | 整改情况 |\n| 1 | 各村签订防火责任书 | 镇农业办 | 已取消 |\n| 2 | 巡河APP打卡 | 河长办 | 已停止，不再通报 |", "CI-1")]
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 | 完成时限 |\n| 要求各村挂“工作站”牌子 | 全部摘除，不再验收 | 12月15日 |", "SB-1")]
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 | 完成时限 |\n| 对村工作排名通报 | 停止 | 即日起 |", "AS-1")]
    public void ARowEndedInASelfCheckTable_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: the cell ends one demand and makes another; the cell keeps it for some villages; a done-word with no adverb
    // is work to do.
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 |\n| 纸质台账 | 已取消，改为各村每周拍照上传 |", "CI-1")]
    [InlineData("石桥镇减负自查整改清单", "| 自查问题 | 整改措施 |\n| 各村巡河APP打卡 | 除沿江村外已停止 |", "CI-1")]
    [InlineData("石桥镇村容整治任务表", "| 事项 | 要求 |\n| 各村违规挂牌 | 清理 |", "SB-1")]
    public void ARowKeptOrReimposed_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // "A demand reported as already ended (…责任书已全部废止, …牌子已摘除, …挂牌，已于2月底前全部摘除) is reported, not made."
    [Theory]
    [InlineData("松岗镇基层减负回头看情况", "一、今年与沿江村签订的禁渔责任书已全部废止，不再对村实行一票否决；", "PV-1")]
    [InlineData("松岗镇基层减负回头看情况", "二、沿江村“护渔工作站”牌子已摘除；", "SB-1")]
    [InlineData("松岗镇基层减负回头看情况", "各村“河长工作站”挂牌，已于2月底前全部摘除，牌子统一回收。", "SB-1")]
    public void ADemandReportedAsEnded_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: ended and signed again; ended but kept for some; not yet ended; ended, then asked again in the next clause.
    [InlineData("松岗镇基层减负回头看情况", "原责任书已全部废止，各村须重新签订目标责任书。", "PV-1")]
    [InlineData("松岗镇基层减负回头看情况", "除沿江村外，各村签订的禁渔责任书已全部废止。", "PV-1")]
    [InlineData("松岗镇基层减负回头看情况", "各村签订的禁渔责任书未废止。", "PV-1")]
    [InlineData("松岗镇基层减负回头看情况", "纸质台账已取消，改为各村每周拍照上传。", "CI-1")]
    [InlineData("松岗镇关于河长制工作的通知", "各村要在村委会门口挂牌，已挂的旧牌子已摘除。", "SB-1")]
    // Evasion: a sanction revoking what was already awarded (已评上的一律撤销) ends nothing the paper withdraws.
    [InlineData("关于将创建成效与村评先挂钩的通知", "对测评被扣分的村，本年度评先资格一律取消，已评上的一律撤销。", "PV-1")]
    public void ADemandKeptBesideTheEnded_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // "The items under a heading that names them ended (已取消的事项：1. …；2. …) are reported."
    [Theory]
    [InlineData("柳林镇基层减负自查报告", "一、已取消的事项：1. 村级河长“一河一档”每周报送，改为镇河长办自行维护；2. 村级河长巡河微信群每日截图报送；3. 各村“河长工作站”挂牌。\n二、保留的事项：村级河长巡河发现问题的及时报告。", "CI-1")]
    [InlineData("柳林镇基层减负自查报告", "一、已取消的事项：1. 村级河长“一河一档”每周报送，改为镇河长办自行维护；2. 村级河长巡河微信群每日截图报送；3. 各村“河长工作站”挂牌。\n二、保留的事项：村级河长巡河发现问题的及时报告。", "SB-1")]
    [InlineData("柳林镇基层减负自查报告", "以下事项已全部停止：各村签订防火责任书；巡山APP打卡。", "PV-1")]
    public void ItemsUnderAnEndedHeading_DemandNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: an item that replaces the ended demand with another; the next section; a heading that keeps some.
    [InlineData("柳林镇基层减负自查报告", "一、已取消的事项：1. 纸质台账，改为各村每周拍照上传；2. 巡河截图。", "CI-1")]
    [InlineData("柳林镇基层减负自查报告", "一、已取消的事项：纸质台账。\n二、新增事项：各村每天在APP打卡。", "CI-1")]
    [InlineData("柳林镇关于巡河工作的通知", "已取消的事项（沿江村保留）：各村巡河APP打卡。", "CI-1")]
    [InlineData("柳林镇关于巡河工作的通知", "保留的事项：各村巡河APP打卡。", "CI-1")]
    public void AnItemKeptOrReplaced_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    // "shared: a list of things the villages may not be given (以下事项不得交由村（社区）承担：…) goes on over an item that
    // ranks by village (按村排名通报): 按村 is no subject of its own."
    [Theory]
    [InlineData("区减负办关于村级事项的答复", "经梳理，以下事项不得交由村（社区）承担：代收税费；巡河打卡；按村排名通报；要求挂牌、强制创建。", "AS-1")]
    [InlineData("区减负办关于村级事项的答复", "经梳理，以下事项不得交由村（社区）承担：代收税费；巡河打卡；按村排名通报；要求挂牌、强制创建。", "SB-1")]
    public void AProhibitedListRankingByVillage_DemandsNothing(string title, string description, string code)
    {
        Assert.DoesNotContain(code, Fired(title, description));
    }

    [Theory]
    // Evasion: the village named as the subject of its own clause after the list ends it (各村要…), and a ranking after a
    // full stop is read for itself.
    [InlineData("区减负办关于村级事项的通知", "以下事项不得交由村（社区）承担：代收税费；各村要每月挂牌公示。", "SB-1")]
    [InlineData("区减负办关于村级事项的通知", "以下事项不得交由村（社区）承担：代收税费。镇里按村排名通报巡河情况。", "AS-1")]
    public void AfterTheProhibitedList_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
