using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>The clause analysis on a small lexicon: who acts, negation, attribution, evidence offsets.</summary>
public sealed class TextAnalyserTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税和代征税费", Recognisers = "{收缴} ~12 {税费}; 应收尽收" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法和违法建设查处", Recognisers = "违法建设 ~10 (查处|拆除)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SYN-1", TitleZh = "收缴", Category = LexiconFamilies.Synonyms, Recognisers = "征收;代收;收缴;催缴" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SYN-2", TitleZh = "税费", Category = LexiconFamilies.Synonyms, Recognisers = "税费;医保费;水费" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "排名;考核 !培训考核" },
        new ListItem { Kind = ListKind.Lexicon, Code = "VA-1", TitleZh = "本地称谓", Category = LexiconFamilies.VillageActors, Recognisers = "嘎查" },
    ]);

    private static RecognitionHit Hit(string text, string code) =>
        TextAnalyser.Analyse(Lexicon, [("description", text)]).Hits.First(h => h.Entry.Code == code);

    [Theory]
    [InlineData("请各村负责辖区医保费的收缴工作。", "各村")]
    [InlineData("由村委会负责收缴水费。", "村委会")]
    [InlineData("各村要负责医保费征收,确保应收尽收。", "各村")]
    [InlineData("各嘎查负责代收水费。", "嘎查")]
    public void Analyse_Fires_WhenTheVillageActs(string text, string actor)
    {
        var verdict = Hit(text, "FM-02").Verdict;

        Assert.True(verdict.Fires);
        Assert.Equal((VerdictReason.VillageActs, actor), (verdict.Reason, verdict.Cue));
    }

    [Theory]
    [InlineData("医保费由税务部门负责征收,请各村做好宣传。", VerdictReason.OtherActor, "税务部门")]
    [InlineData("违法建设的查处和拆除由镇综合行政执法队依法实施。", VerdictReason.OtherActor, "镇综合行政执法队")]
    [InlineData("村委会不再承担医保费代收工作。", VerdictReason.Negated, "不再承担")]
    [InlineData("各部门不得要求村(社区)代收水费。", VerdictReason.Negated, "不得")]
    [InlineData("村民自行缴纳,税务部门收缴医保费。", VerdictReason.OtherActor, "税务部门")]
    public void Analyse_DoesNotFire_WhenNegatedOrAttributedToAnotherBody(string text, VerdictReason reason, string cue)
    {
        var hit = TextAnalyser.Analyse(Lexicon, [("description", text)]).Hits.First(h => h.Entry.Code is "FM-02" or "FM-04");

        Assert.False(hit.Verdict.Fires);
        Assert.Equal((reason, cue), (hit.Verdict.Reason, hit.Verdict.Cue));
    }

    [Fact]
    public void Analyse_LeavesAnotherBodysActToIt_WhenTheVillageOnlyAssists_UnlessAPhraseNamesTheAssisting()
    {
        const string text = "各村协助税务部门做好医保费征收。";
        var assisting = RecogniserLexicon.ForItems(
        [
            new ListItem { Kind = ListKind.Prohibited, Code = "FM-02", TitleZh = "协税护税和代征税费", Recognisers = "征收 ~6 医保费; 协助 ~12 税务 ~12 征收" },
        ]);

        var silenced = Hit(text, "FM-02").Verdict;
        var named = TextAnalyser.Analyse(assisting, [("description", text)]).Fired.Single();

        Assert.Equal((false, VerdictReason.OtherActor, "税务部门"), (silenced.Fires, silenced.Reason, silenced.Cue));
        Assert.Equal(("协助 ~12 税务 ~12 征收", "各村"), (named.Phrase, named.Verdict.Cue));
    }

    [Fact]
    public void Analyse_Fires_WhenTheRefusalTurnsTheNegationAround()
    {
        Assert.True(Hit("各村不得以任何理由拒绝代收水费。", "FM-02").Verdict.Fires);
    }

    [Fact]
    public void Analyse_TakesTheActorOfAnEarlierClause_WhenAClauseNamesNoOne()
    {
        Assert.True(Hit("各村要加强宣传,确保应收尽收。", "FM-02").Verdict.Fires);
        Assert.False(Hit("区税务局负责征收工作,确保应收尽收。", "FM-02").Verdict.Fires);
    }

    [Theory]
    [InlineData("镇里每月对各村工作考核排名。", true)]
    [InlineData("区住建局对施工企业开展考核排名。", false)]
    [InlineData("人居环境整治不对村(社区)考核排名。", false)]
    [InlineData("县人社局开展技能培训,培训考核由培训机构负责。", false)]
    public void Analyse_FiresARuleFamily_WhenTheVillageIsTheOneAssessed(string text, bool fires)
    {
        var hits = TextAnalyser.Analyse(Lexicon, [("description", text)]).Hits.Where(h => h.Entry.Code == "AS-1").ToList();

        Assert.Equal(fires, hits.Any(h => h.Verdict.Fires));
    }

    [Fact]
    public void Analyse_GivesEachTermsSpanInTheTextAsWritten_WhenItIsTraditionalAndFullWidth()
    {
        const string text = "請各村負責醫保費的收繳，收繳率１００％。";

        var hit = Hit(text, "FM-02");

        Assert.Equal(["醫保費", "收繳"], hit.Spans.Select(s => text.Substring(s.Start, s.Length)));
        Assert.All(hit.Spans, s => Assert.Equal("description", s.Field));
        Assert.Equal("醫保費的收繳", hit.MatchedText);
    }

    [Fact]
    public void Analyse_IgnoresATitleOfADocumentInBookTitleMarks()
    {
        var hits = TextAnalyser.Analyse(Lexicon, [("description", "根据《关于规范村级考核排名的意见》,请各村做好宣传。")]).Hits;

        Assert.DoesNotContain(hits, h => h.Entry.Code == "AS-1");
    }

    [Fact]
    public void Analyse_FindsThePhraseBuriedInA100KilobyteDescription()
    {
        var filler = string.Concat(Enumerable.Repeat("请各村每季度入户走访独居和留守老人,填写关爱服务记录。", 2000));
        var text = filler + "另请各村负责辖区医保费的收缴。" + filler;

        var analysis = TextAnalyser.Analyse(Lexicon, [("description", text)]);

        Assert.False(analysis.Truncated);
        var hit = Assert.Single(analysis.Fired, h => h.Entry.Code == "FM-02");
        Assert.Equal("医保费的收缴", hit.MatchedText);
        Assert.Equal(text.IndexOf("医保费的收缴", StringComparison.Ordinal), hit.Spans[0].Start);
    }
}
