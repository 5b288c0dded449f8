using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Issue 11, phase 18b: the banned act is performed by another named body (a township team, a 所/站/队, a department's
/// staff, the public) and the village only reports, guides, or is named as a place. Each rule is tested on sentences
/// written for these tests, with sentences beside them that must still fire — including a township wording a demand on
/// the villages to look like the clean paper.
/// </summary>
public sealed class DocumentReadingPhase18OtherTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-07", TitleZh = "行政执法", Recognisers = "责令 ~6 (整改|停止|拆除)" },
    ]);

    private static IReadOnlyList<string> Fired(string title, string description) =>
        [.. TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits.Where(h => h.Verdict.Fires).Select(h => h.Entry.Code).Distinct().Order()];

    // "A village named as the place where a thing is (位于…凉水村的某养猪场) is not who acts in the clause after it."
    [Theory]
    [InlineData("关于近期环境违法案件查处情况的通报", "位于龙潭乡凉水村的某养猪场粪污直排，我局已责令整改并处罚款12万元。")]
    [InlineData("关于近期环境违法案件查处情况的通报", "地处松岗镇竹林村的某加工厂偷排废水，我局已责令整改并处罚款。")]
    public void AVillageNamedAsAPlace_IsNotTheSubjectCarriedOn(string title, string description)
    {
        Assert.DoesNotContain("FM-07", Fired(title, description));
    }

    [Theory]
    // The village itself the subject: after 位于 … 的 stands the village (位于河道沿线的各村), or the place is the village's.
    [InlineData("关于河道违建整治的通知", "位于河道沿线的各村，要对违建责令拆除。")]
    [InlineData("关于河道违建整治的通知", "凉水村位于河道沿线，要对违建户责令拆除。")]
    // Evasion: the place named, the village told to do the act in its own clause or as the subject before it.
    [InlineData("关于养殖污染整治的通知", "位于凉水村的养猪场粪污直排，请凉水村责令整改。")]
    [InlineData("关于养殖污染整治的通知", "凉水村对位于本村的养猪场，要责令整改。")]
    public void TheVillageActing_StillFires(string title, string description)
    {
        Assert.Contains("FM-07", Fired(title, description));
    }
}
