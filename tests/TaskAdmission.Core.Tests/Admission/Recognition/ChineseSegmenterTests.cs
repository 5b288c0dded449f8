using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Evaluation;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The segmenter cuts (and tags) over jieba's dictionary itself instead of calling jieba's cut (which made most of a pre-check's
/// garbage). Every reading rule reads its words, so it must cut exactly as jieba does: every notice of the corpus, whole
/// and sentence by sentence as the clause reader asks, and the suggestions' title-and-description text.
/// </summary>
public sealed class ChineseSegmenterTests
{
    [Fact]
    public async Task CutAndTag_GiveJiebasWordsTagsAndOffsets_ForEveryNoticeOfTheCorpus()
    {
        var words = await DemoWordsInJiebaAsync();
        var texts = 0;
        foreach (var notice in NoticeCorpus.Load())
        {
            foreach (var source in new[] { notice.Title, notice.Text, notice.Title + "。" + notice.Text })
            {
                var text = TextNormaliser.Normalise(source).Text;
                AssertSame(text, words, tags: false);
                // The tags are read per sentence only (ClauseReader.Tags).
                foreach (var sentence in ClauseSplitter.Split(text).GroupBy(c => c.Sentence))
                {
                    AssertSame(text[sentence.First().Start..sentence.Last().End], words, tags: source != notice.Title + "。" + notice.Text);
                }
                texts++;
            }
        }
        Assert.True(texts > 1000);
        Assert.True(ChineseSegmenter.CutsOverDictionary);
        Assert.True(ChineseSegmenter.TagsOverDictionary);
    }

    [Theory]
    [InlineData("由镇综合执法队负责，各村要配合。")]
    [InlineData("  村委会\t出具证明 3.5万元 abc_def+# ｘ  \r\n 招商引资")]
    [InlineData("")]
    [InlineData("。，、")]
    public async Task CutAndTag_GiveJiebasWords_ForMixedScriptsAndSpaces(string text) => AssertSame(text, await DemoWordsInJiebaAsync());

    /// <summary>
    /// The demo lexicon's words, also given to jieba's own (process-wide) dictionary with the overlay's frequencies: jieba
    /// compiling that lexicon alone is the reference the walk over base + overlay must equal. Only this class adds words
    /// to jieba, always these, and jieba gets its own copy of the dictionary first, so other tests' overlays are unaffected.
    /// </summary>
    private static async Task<WordOverlay> DemoWordsInJiebaAsync()
    {
        var lists = await EvaluationLists.LoadAsync();
        var words = RecogniserLexicon.For(lists.Lists.List!).Words;
        Assert.True(words.Words.Count > 100);
        ChineseSegmenter.AddToJieba(words);
        return words;
    }

    private static void AssertSame(string text, WordOverlay words, bool tags = true)
    {
        var expected = ChineseSegmenter.CutWithJieba(text);
        var actual = ChineseSegmenter.Cut(text, words);
        Assert.True(expected.SequenceEqual(actual), $"cut differs for: {text}\njieba: {string.Join(" | ", expected)}\nhere:  {string.Join(" | ", actual)}");
        if (!tags)
        {
            return;
        }
        var expectedTags = ChineseSegmenter.TagWithJieba(text);
        var actualTags = ChineseSegmenter.Tag(text, words);
        Assert.True(expectedTags.SequenceEqual(actualTags), $"tags differ for: {text}\njieba: {string.Join(" | ", expectedTags)}\nhere:  {string.Join(" | ", actualTags)}");
    }
}
