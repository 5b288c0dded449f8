using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 7 (from rt10): a department's notice about its own work that names villages only in passing — as a
/// place (位于…村, 涉及…社区, 占用…社区部分道路) or a named village qualifying a noun or its residents (桃花村农产品加工园,
/// 桃花村村民) — is still about its own work; its issuer may stand after opening clauses of purpose or basis (为…, 经…研究)
/// or sign with a date. A village addressed, acting, or named by a general word (各村, 村(社区)职责) keeps the default.
/// </summary>
public sealed class PassingMentionReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "排名", Category = LexiconFamilies.Assessment, Recognisers = "排名" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    [Theory]
    // The issuer after a purpose clause; a village named as where a project lies.
    [InlineData("关于举办投资推介活动的公告", "为展示我县投资环境，县商务局定于5月举办推介活动。活动期间开展招商引资项目集中签约。推介项目包括位于白沙镇桃花村、李家村的农产品加工园。")]
    // A named village qualifying a noun (its roads) and its residents.
    [InlineData("县交通运输局关于道路养护的公告", "全县公路养护质量进行排名。施工期间临时占用石门社区部分道路，桃花村村民出行请绕行。")]
    // The body whose deliberation the notice reports decides; the matter touches two communities' buildings.
    [InlineData("关于选定评估机构的公告", "为推进旧城改造，改善居住条件，经区政府研究，决定公开选定评估机构。各家报价进行排名。本次改造涉及滨江社区、河湾社区部分楼栋。")]
    // A signature with its date names the issuer.
    [InlineData("关于选定评估机构的公告", "各家报价进行排名，前三名进入抽签。本次改造涉及滨江社区部分楼栋。\n河西区人民政府  2027年3月1日")]
    public void ADepartmentsOwnWork_NamingVillagesInPassing_PutsNothingOnThem(string title, string description)
    {
        Assert.Empty(Fired(title, description));
    }

    [Theory]
    // A village named as the one acting elsewhere in the notice: what no one is named for falls on the villages.
    [InlineData("县商务局关于招商引资的通知", "年底前完成招商引资任务。桃花村要每月报送进度。", "FM-01")]
    // A general village word qualifying a noun speaks to every village (村(社区)职责: the villages' duties).
    [InlineData("县商务局关于工作职责的说明", "村（社区）职责：年底前完成招商引资任务。", "FM-01")]
    // A purpose clause followed by a demand with no one named: no issuer, the default holds.
    [InlineData("关于工作评比的通知", "为推动工作落实，年底开展工作评比，结果进行排名。", "AS-1")]
    // A noun right before a general village word is no village's name (居住地村(社区)): the village is spoken to.
    [InlineData("县人社局关于招商引资的通知", "年底前完成招商引资任务，由户籍所在地村（社区）核实后汇总。", "FM-01")]
    public void AVillageAddressedOrActing_StillTakesTheUnattributedWork(string title, string description, string code)
    {
        Assert.Equal([code], Fired(title, description));
    }
}
