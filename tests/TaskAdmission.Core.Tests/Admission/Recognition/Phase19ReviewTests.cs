using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, review of phase 19: the readers that silence findings ("the act is someone else's", "papers that demand
/// nothing of the village") must not let a department word banned work past them. Each case is a sentence a department
/// could write to look like the clean paper while still demanding the banned act of the villages; it must fire.
/// </summary>
public sealed class Phase19ReviewTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Lexicon, Code = "PV-1", TitleZh = "责任书", Category = LexiconFamilies.PledgeOrVeto, Recognisers = "责任书;承诺书;(签订|签署) ~10 (责任|承诺|保证)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡;签到;截图;(拍照|照片) ~6 (上传|发群|定位|报告)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;通报 ~6 排名" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "挂牌", Category = LexiconFamilies.Signboard, Recognisers = "挂牌;牌子" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-15", TitleZh = "就业失业状况证明", Recognisers = "(就业|失业|无业) ~16 (证明|说明)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "食品安全监管", Recognisers = "(宴席|聚餐|餐馆|食品) ~12 (监管|监督检查|抽检)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全监管", Recognisers = "燃气 ~12 (巡查|检查)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-07", TitleZh = "环境执法", Recognisers = "排污 ~12 (查处|处罚)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    // Self-check tables: answered 否 in one column, demanded in the next.
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 整改情况 |\n| 要求各村每天APP打卡 | 否 | 各村继续每天在APP打卡 |", "CI-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 整改情况 |\n| 要求各村每天APP打卡 | 否 | 请各村每天在APP打卡 |", "CI-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 整改情况 |\n| 要求各村每天APP打卡 | 否 | — |\n请各村继续每天在APP打卡。", "CI-1")]
    // Headings saying who ended the items.
    [InlineData("柳林镇减负自查情况", "现取消以下事项：纸质签到表；各村须每天在APP打卡。", "CI-1")]
    [InlineData("柳林镇减负自查情况", "现取消以下事项：纸质台账。各村每天在APP打卡。", "CI-1")]
    // Withdrawals made now, followed by the same act under another word.
    [InlineData("关于调整巡河工作的通知", "经镇党委研究，取消村级河长的轨迹打卡要求。各村河长每天巡河后拍照上传至工作群。", "CI-1")]
    [InlineData("关于调整巡河工作的通知", "自即日起取消村级河长轨迹打卡要求，各村河长每天巡河时拍照上传。", "CI-1")]
    [InlineData("关于调整巡河工作的通知", "自即日起停止向各村下达签订责任书的要求，各村须签订承诺书。", "PV-1")]
    [InlineData("关于调整巡河工作的通知", "取消各村签订责任书的做法，请各村村委会主任签署承诺书。", "PV-1")]
    [InlineData("关于修改方案的意见", "请删除与村签订目标责任书的内容，各村改为签订承诺书。", "PV-1")]
    // Findings closed by a full stop, then the demand.
    // Questions a record reports.
    [InlineData("来电记录", "来电内容：询问是否需要村委会出具就业证明。答复：请各村为群众出具就业证明。", "BZ-15")]
    [InlineData("来电记录", "来电询问各村能否出具就业证明，各村要出具就业证明。", "BZ-15")]
    // A matter raised and refused, the act ordered in its last line.
    [InlineData("关于代表建议的答复", "代表提出由村委会对农村宴席进行食品安全监管。经研究，不宜由村委会承担。各村委会要对本村宴席开展食品安全监管。", "FM-06")]
    [InlineData("关于代表建议的答复", "代表提出由村委会对农村宴席进行食品安全监管。经研究，不宜由村委会承担，但各村要对本村宴席开展食品安全监管。", "FM-06")]
    [InlineData("关于“由村委会监管农村宴席”代表建议的答复", "经研究，不宜由村委会承担。请各村做好农村宴席食品安全监管。", "FM-06")]
    // The act is someone else's: shared check-ins, commissions, postings.
    [InlineData("关于驻点工作的通知", "各村：\n由驻点人员和村干部共同每天打卡。", "CI-1")]
    [InlineData("关于驻点工作的通知", "各村：\n驻点人员和村干部每天在APP打卡。", "CI-1")]
    [InlineData("关于驻点工作的通知", "各村：\n村干部和驻点人员每天在APP签到打卡。", "CI-1")]
    [InlineData("关于驻点工作的通知", "各村：\n驻点人员每天打卡，村干部同样执行。", "CI-1")]
    [InlineData("关于燃气安全的通知", "委托第三方对各村餐饮店开展燃气检查，各村每天拍照上传。", "CI-1")]
    [InlineData("关于燃气安全的通知", "由第三方机构和各村共同对本村餐饮店开展燃气检查。", "FM-05")]
    [InlineData("关于燃气安全的通知", "委托第三方机构，由各村对本村餐饮店开展燃气检查。", "FM-05")]
    [InlineData("关于燃气安全的通知", "各村：\n委托第三方机构培训后，对本村餐饮店开展燃气检查。", "FM-05")]
    [InlineData("关于排污问题的通知", "排污问题转各村委会依法查处。", "FM-07")]
    [InlineData("关于考核的通知", "各村：\n县农业农村委对各村考核后排名通报。", "AS-1")]
    [InlineData("关于包村的通知", "各村：\n镇干部下村时，村干部要在APP签到。", "CI-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 下步要求 |\n| 要求各村签订责任书 | 无 | 各村于月底前签订责任书 |", "PV-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 下步要求 |\n| 要求各村每天APP打卡 | 否 | 各村于月底前签订责任书 |", "PV-1")]
    [InlineData("关于督查情况的通报", "二、存在问题。部分村台账不全。三、下步工作。各村每天在APP打卡。", "CI-1")]
    [InlineData("关于燃气安全的通知", "由第三方机构开展培训，各村对本村餐饮店开展燃气检查。", "FM-05")]
    [InlineData("关于燃气安全的通知", "委托第三方机构开展燃气检查，各村每天对本村餐饮店开展燃气巡查。", "FM-05")]
    [InlineData("关于调整巡河工作的通知", "自即日起取消纸质巡河记录要求，各村河长每天在APP打卡。", "CI-1")]
    [InlineData("关于调整巡河工作的通知", "取消村级河长纸质台账的要求，改为每天在APP打卡。", "CI-1")]
    [InlineData("来电记录", "来电询问村里能不能开就业证明，经研究，请各村出具。各村要为群众出具就业证明。", "BZ-15")]
    [InlineData("关于代表建议的答复", "代表提出由村委会对农村宴席进行食品安全监管。经研究，不宜由村委会承担。今后各村委会负责本村宴席食品安全监管。", "FM-06")]
    [InlineData("关于驻点工作的通知", "各村：\n驻点人员和村“两委”成员每天在APP签到打卡。", "CI-1")]
    [InlineData("关于驻点工作的通知", "各村：\n下沉干部每天打卡，各村同步打卡。", "CI-1")]
    [InlineData("柳林镇减负事项自查表", "| 自查事项 | 是否存在 | 整改情况 |\n| 对村排名通报 | 已停止 | 改为按季度排名通报 |", "AS-1")]
    public void AnEvasionOfThePhase19Readers_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }
}
