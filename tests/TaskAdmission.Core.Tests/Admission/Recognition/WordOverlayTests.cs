using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// Each compiled lexicon cuts with its own words: compiling another lexicon (a draft's "try it", a district refinement,
/// an old version for a replay) must not change how a lexicon cuts, tags or judges a sentence, or the same submission
/// could get another verdict on a node that happened to compile something else first.
/// </summary>
public sealed class WordOverlayTests
{
    // 到村 as a word joins 到 to 村 (the docs' example of a fragment literal that changed who acts): with it the village
    // that acts is read as "到村", without it as "村".
    private const string Sentence = "请群众到村开具证明。";

    private static ListItem Certificate() => new()
    {
        Id = Guid.NewGuid(), Kind = ListKind.CertificateProhibited, Code = "ZM-01", TitleZh = "居住证明", Recognisers = "(开具|出具) ~4 证明",
    };

    private static ListItem Fragment() => new()
    {
        Id = Guid.NewGuid(), Kind = ListKind.Lexicon, Code = "VA-9", TitleZh = "到村", Category = LexiconFamilies.VillageActors, Recognisers = "到村",
    };

    [Fact]
    public void ALexiconCutsAndJudgesTheSame_AfterAnotherLexiconWithAWordThatChangesTheCutIsCompiled()
    {
        var b = RecogniserLexicon.ForItems([Certificate()]);
        var before = Reading(b, Sentence);

        var a = RecogniserLexicon.ForItems([Certificate(), Fragment()]);

        // A's word does change the sentence's cut and what its check says (so the test can see a leak) …
        Assert.Contains(ChineseSegmenter.Cut(Sentence, a.Words), w => w.Text == "到村");
        Assert.Equal("到村", Cue(a));
        Assert.DoesNotContain(ChineseSegmenter.Cut(Sentence, b.Words), w => w.Text == "到村");
        Assert.Equal("村", Cue(b));
        // B reads the sentence as it did before A was compiled …
        Assert.Equal(before, Reading(b, Sentence));
        // … and as B compiled afresh now does: the same words with the same frequencies, the same cut, tags and verdicts.
        var fresh = RecogniserLexicon.ForItems([Certificate()]);
        Assert.Equal(b.Words.Words, fresh.Words.Words);
        Assert.Equal(before, Reading(fresh, Sentence));
    }

    [Fact]
    public async Task TryingADraftWithANewPhrase_LeavesThePublishedListsResultsAsTheyWere()
    {
        var lists = await EvaluationLists.LoadAsync();
        var published = RecogniserLexicon.For(lists.Lists.List!);
        var notices = NoticeCorpus.Load().Where(n => n.Text.Contains("到村", StringComparison.Ordinal)).Take(40).ToList();
        Assert.NotEmpty(notices);
        var before = notices.Select(n => Reading(published, n.Title + "。" + n.Text)).ToList();

        var draft = lists.Lists.List!.Items.Select(i => i.Item).Append(Fragment()).ToList();
        foreach (var notice in notices)
        {
            _ = RecognitionTrial.Try(draft, notice.Title, notice.Text);
        }

        // The draft's word cuts these notices otherwise …
        var draftWords = RecogniserLexicon.ForItems(draft).Words;
        Assert.Contains(notices, n => !ChineseSegmenter.Cut(n.Text, draftWords).SequenceEqual(ChineseSegmenter.Cut(n.Text, published.Words)));
        // … but the published list reads every one of them as before the draft was tried.
        Assert.Equal(before, notices.Select(n => Reading(published, n.Title + "。" + n.Text)).ToList());
    }

    [Fact]
    public void AnOverlayHoldsEachWordOnce_AndOnlyWordsOfTwoToTwelveChineseCharacters()
    {
        var overlay = ChineseSegmenter.Compile(["到村", "到村", "村", "abc", "嘎查村民小组"]);

        // Once each; one character and non-Chinese words are left out (as jieba's user words always were).
        Assert.Equal(["到村", "嘎查村民小组"], overlay.Words.Select(w => w.Word));
        Assert.All(overlay.Words, w => Assert.True(w.Frequency > 0));
        Assert.Empty(WordOverlay.None.Words);
        Assert.True(overlay.EntryCount >= 2 + 5); // the words and their prefixes (到, 嘎, 嘎查 …)
    }

    private static string? Cue(RecogniserLexicon lexicon) =>
        TextAnalyser.Analyse(lexicon, [("description", Sentence)]).Hits.Single(h => h.Verdict.Fires).Verdict.Cue;

    /// <summary>What a user would see change: the words, the tags and every hit's verdict.</summary>
    private static string Reading(RecogniserLexicon lexicon, string text)
    {
        var normalised = TextNormaliser.Normalise(text).Text;
        var hits = TextAnalyser.Analyse(lexicon, [("description", text)]).Hits
            .Select(h => $"{h.Entry.Item.Code} {h.Phrase} {h.MatchedText} {h.Verdict.Fires} {h.Verdict.Reason} {h.Verdict.Cue}");
        return string.Join(" | ", ChineseSegmenter.Cut(normalised, lexicon.Words).Select(w => w.Text)) + "\n"
            + string.Join(" ", ChineseSegmenter.Tag(normalised, lexicon.Words).Select(t => $"{t.Word.Text}/{t.Tag}")) + "\n"
            + string.Join("\n", hits);
    }
}
