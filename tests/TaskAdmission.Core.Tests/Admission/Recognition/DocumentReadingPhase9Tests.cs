using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 9 (developed on rt13 and rt14): more of the document read before its sentences — demands withdrawn or
/// corrected, prohibitions and reported practices inside a sentence, the paper's stated scope, a genre before a subtitle,
/// work a sentence gives to a named body, a certificate referred back to — and, for recall, villages named as a row's or
/// item's responsible unit, and a township's speech that hands work to the villages. Each rule has papers that must not
/// fire and, beside them, papers of the same kind whose demand on the villages must. The sentences are written for these
/// tests.
/// </summary>
public sealed class DocumentReadingPhase9Tests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法", Recognisers = "(负责|开展) ~8 (执法|查处);没收" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;考核" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "打卡", Category = LexiconFamilies.AppCheckIn, Recognisers = "打卡" },
        new ListItem { Kind = ListKind.CertificateAllowed, Code = "ZM-1", TitleZh = "山林承包情况证明", Recognisers = "山林承包情况证明" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-0", TitleZh = "其他证明", Recognisers = "(出具|开具) ~24 证明" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. Hits(title, description).Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    // An earlier demand quoted and withdrawn.
    [InlineData("关于撤回部分内容的通知", "各村：\n镇政府3月2日印发的通知中“各村负责招商引资项目洽谈”的内容不符合规定，现予撤回。")]
    // An earlier demand told as said before, and stopped.
    [InlineData("群消息", "各位书记：之前说的每天在群里打卡，经请示县里，从明天起不再要求。")]
    // A correction: the recalled words are not operative, the replacement gives the work to a department.
    [InlineData("关于更正的通知", "各村：\n原方案第二条“招商引资由各村负责”表述有误，现更正为“招商引资由县投资促进局负责”。")]
    // A title that withdraws what it names.
    [InlineData("关于撤回要求各村开展招商引资的通知", "经研究，原通知即日起停止执行。")]
    // A prohibition after a colon inside the sentence.
    [InlineData("减负工作提示", "现重申：严禁要求村干部每天在工作群打卡报到。")]
    // A practice some bodies persist in, reported after who reported it.
    [InlineData("减负工作提示", "近来有群众反映，个别部门仍在要求村干部每天打卡。")]
    // After a time word, 有 + a body reports what it did.
    [InlineData("会议纪要", "近期有部门要求村里搞招商引资，会议明确：村里一律不搞。")]
    // The paper states its own scope, naming no village.
    [InlineData("镇机关站所考核细则", "本细则适用于镇机关各办、各站所，不适用于村（社区）。\n考核结果在机关内部排名。")]
    // A report's genre before its subtitle.
    [InlineData("执法工作简报（第9期）：快速处置一起违建", "执法队接报后当场负责查处，当事人当天停工。")]
    // A long body name after 由, which jieba cuts into pieces.
    [InlineData("关于厘清职责的通知", "违法排污的查处由区生态环境保护综合行政执法大队负责。")]
    // A duty statement: the work is the named bodies' duty.
    [InlineData("答记者问", "答：招商引资是县投资促进局和各乡镇的职责，我们从未给村下达任务。")]
    // A factless certificate referring back to the allowed one named before.
    [InlineData("关于山林登记材料的说明", "承包山林申请登记的，由村委会出具山林承包情况证明。\n村里只需出具上述证明。")]
    // A department's speech to its staff naming villages as where they work is not spoken to the villages.
    [InlineData("县执法局局长在执法工作会上的讲话", "各执法中队要对每个村每月巡查一遍，不能把执法推给村干部。考核结果在局内排名。")]
    public void WithdrawnOrNotOperativeOrOtherBodies_PutNothingOnTheVillages(string title, string description)
    {
        // The allowed certificate may fire (it is admissible work); nothing prohibited does.
        Assert.Equal([], Fired(title, description).Except(["ZM-1"]));
    }

    [Theory]
    // A withdrawal cannot carry a new demand: the clause that asks again is operative.
    [InlineData("关于调整的通知", "各村：\n原定由镇里组织的培训取消，请各村每天在工作群打卡。", "CI-1")]
    // A correction whose replacement gives the item to villages.
    [InlineData("关于更正附件的通知", "各乡镇、县级有关部门：\n第5项“招商引资项目洽谈，责任单位：东风镇”更正为“责任单位：东坪村、西坪村”。", "FM-01")]
    // A table row whose responsible column names the villages, whatever the addressee line says.
    [InlineData("任务分解表", "各乡镇：\n工作任务|牵头单位|责任单位\n招商引资项目洽谈|各乡镇|各村", "FM-01")]
    // A quota table whose unit column lists villages: its header's quantities are theirs.
    [InlineData("关于下达目标任务的通知", "各镇、区级有关部门：\n单位|招商引资项目数\n东风镇|4\n其中：东坪村|1", "FM-01")]
    // A division of labour whose line opens with villages, holding a role (责任单位).
    [InlineData("工作分工方案", "县投资促进局：负责政策解释。\n东坪村、西坪村：作为具体承办单位，负责招商引资项目洽谈。", "FM-01")]
    // A township's speech that hands work to the villages is spoken to their cadres.
    [InlineData("东风镇经济工作会议讲话", "今年各村都分了任务，完不成的，年底考核直接扣分。", "AS-1")]
    // A sentence naming a body after 由 but also the villages still puts the work on them.
    [InlineData("关于招商的通知", "由镇经发办牵头，各村负责招商引资项目洽谈。", "FM-01")]
    // A bare 出具证明 with no allowed certificate named keeps its reading.
    [InlineData("关于材料的通知", "各村：\n请各村为申请人出具证明并加盖公章。", "BZ-0")]
    public void ADemandOnTheVillages_StillFires(string title, string description, string code)
    {
        Assert.Contains(code, Fired(title, description));
    }

    [Fact]
    public void AWithdrawal_NamesTheWordThatWithdrewIt()
    {
        var hit = Assert.Single(Hits("关于撤回部分内容的通知", "各村：\n原通知中“各村负责招商引资项目洽谈”的内容不符合规定，现予撤回。"),
            h => h.Entry.Code == "FM-01" && h.Field == "description");
        Assert.Equal(VerdictReason.NotOperative, hit.Verdict.Reason);
        Assert.Equal("不符合", hit.Verdict.Cue);
    }
}
