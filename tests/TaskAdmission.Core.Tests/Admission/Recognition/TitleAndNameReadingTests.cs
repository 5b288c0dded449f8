using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The reading rules added after the second author's notices (rt1): a title is read with its description, a body's name
/// is not an act, a negation between the matched words or of the hand-down silences a phrase, and 不…的 or 被 describe
/// people rather than negate or perform the act.
/// </summary>
public sealed class TitleAndNameReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税和代征税费", Recognisers = "{收缴} ~12 {税费}" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资任务", Recognisers = "招商引资" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-03", TitleZh = "作为征地拆迁责任主体", Recognisers = "负责 ~8 征地" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法和违法建设查处", Recognisers = "(予以|处以) ~4 罚款" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "食品安全监管主体责任", Recognisers = "食品安全 ~12 (检查|监管)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SYN-1", TitleZh = "收缴", Category = LexiconFamilies.Synonyms, Recognisers = "收取;代收;收缴" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SYN-2", TitleZh = "税费", Category = LexiconFamilies.Synonyms, Recognisers = "处理费;水费;税款" },
        new ListItem { Kind = ListKind.Lexicon, Code = "CI-1", TitleZh = "签到", Category = LexiconFamilies.AppCheckIn, Recognisers = "签到 !签到表" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    [Fact]
    public void Analyse_SilencesATitle_WhenTheDescriptionGivesTheActToAnotherBody()
    {
        var hits = Hits("校园周边食品安全检查", "镇市场监管所开展食品安全专项检查,检查由市场监管所负责,不需要村(社区)派人。");

        var title = Assert.Single(hits, h => h.Field == "title");
        Assert.False(title.Verdict.Fires);
        Assert.DoesNotContain(hits, h => h.Verdict.Fires);
    }

    [Fact]
    public void Analyse_KeepsATitle_WhenTheDescriptionPutsItOnTheVillage_OrNeverComesBackToIt()
    {
        var onVillage = Hits("食品安全检查", "各村每月对小餐饮开展食品安全检查。");
        var silent = Hits("食品安全检查", "请于月底前完成。");

        Assert.True(Assert.Single(onVillage, h => h.Field == "title").Verdict.Fires);
        Assert.True(Assert.Single(silent, h => h.Field == "title").Verdict.Fires);
    }

    [Fact]
    public void Analyse_SilencesATitlesRuleFamily_OnlyByNegationOrTheDescriptionsOwnExclusion()
    {
        var hits = Hits("健康知识讲座签到", "参加讲座的村民在签到表上登记。");

        var title = Assert.Single(hits, h => h.Field == "title");
        Assert.Equal((false, VerdictReason.Excluded, "签到表"), (title.Verdict.Fires, title.Verdict.Reason, title.Verdict.Cue));
    }

    [Theory]
    [InlineData("各村提醒厨师就食品安全事项向镇市场监管所报备。", "监管所")]
    [InlineData("村委会只负责收集被征地村民的意见。", "被征地")]
    public void Analyse_DoesNotFire_OnAnActWordThatIsPartOfAName(string text, string name)
    {
        var hit = Assert.Single(Hits("", text));

        Assert.Equal(VerdictReason.InName, hit.Verdict.Reason);
        Assert.Contains(name, hit.Verdict.Cue, StringComparison.Ordinal);
        Assert.False(hit.Verdict.Fires, hit.Verdict.Cue);
    }

    [Theory]
    [InlineData("农村生活垃圾处理费暂不收取", "不")]
    [InlineData("招商引资任务不分解到村", "不分解")]
    public void Analyse_DoesNotFire_WhenTheMatchOrItsHandDownIsNegated(string title, string cue)
    {
        var hit = Hits(title, "").First();

        Assert.Equal((false, VerdictReason.Negated), (hit.Verdict.Fires, hit.Verdict.Reason));
        Assert.StartsWith(cue, hit.Verdict.Cue);
    }

    [Fact]
    public void Analyse_Fires_WhenANegationOnlyDescribesWhomTheActIsAimedAt()
    {
        var hit = Assert.Single(Hits("", "社区对占道晾晒的住户予以警告,屡劝不改的处以罚款。"));

        Assert.True(hit.Verdict.Fires);
    }

    [Fact]
    public void Split_KeepsAConditionEndingWithDe_InOneClauseWithWhatFollows()
    {
        var clauses = ClauseSplitter.Split("包保对象发生安全事故的,包保村干部承担监管责任,每月报告一次。");

        Assert.Equal(2, clauses.Count);
        Assert.Equal(0, clauses[0].Start);
    }
}
