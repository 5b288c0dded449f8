using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The reading rules of issue 11's fourth phase (classes of cause found in rt4 and the dev3 probes): a team the village
/// organises works for it, 对 X with a short modifier is the object, a target handed down in a later clause, a village
/// the notice disowns, a numbered heading that takes its actor from the next sentence, and a general act cited as the
/// item whose subject the notice is about.
/// </summary>
public sealed class ActorAndSubjectReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-01", TitleZh = "招商引资任务", Recognisers = "招引;引进 ~10 (项目|运营主体)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-03", TitleZh = "作为征地拆迁责任主体", Recognisers = "入户签约" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-04", TitleZh = "行政执法和违法建设查处", Recognisers = "(予以|进行) ~4 (罚款|处罚);没收" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-06", TitleZh = "市场监管和食品安全监管主体责任", Recognisers = "食品 ~12 抽检" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SUB-04", TitleZh = "行政执法和违法建设查处", Category = LexiconFamilies.ItemSubjects, Recognisers = "违建;违法建设" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SUB-06", TitleZh = "市场监管和食品安全监管主体责任", Category = LexiconFamilies.ItemSubjects, Recognisers = "食品;肉品;餐饮" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "打分;排名" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    [Fact]
    public void ATeamTheVillageOrganises_WorksForTheVillage()
    {
        var hits = Hits("旧城改造推进会", "各社区要组织工作专班包楼包户,力争一个月内完成入户签约。");

        Assert.Contains(hits, h => h.Entry.Code == "FM-03" && h.Verdict.Fires);
    }

    [Fact]
    public void AShortObjectOfDui_IsActedUpon_NotTheActor()
    {
        var hits = Hits("护林行动", "各村护林员发现违法行为的,对违法当事人进行罚款。");

        Assert.Contains(hits, h => h.Entry.Code == "FM-04" && h.Verdict.Fires);
    }

    [Fact]
    public void ATargetHandedDownInALaterClause_IsTheVillages()
    {
        var hits = Hits("双招工作安排", "今年街道招引目标为新落地项目20个,现按社区规模分解。");

        Assert.Contains(hits, h => h.Entry.Code == "FM-01" && h.Verdict is { Fires: true, Reason: VerdictReason.HandedToVillage });
    }

    [Fact]
    public void ATargetNotHandedDown_StaysWithTheBody()
    {
        var hits = Hits("招商安排", "招引工作由镇经济发展办负责,不向村(社区)分解引资任务。");

        Assert.DoesNotContain(hits, h => h.Entry.Code == "FM-01" && h.Verdict.Fires);
    }

    [Fact]
    public void AVillageTheNoticeDisowns_IsNotTargeted()
    {
        var hits = Hits("物业服务质量评价", "桂花社区:下月区房管局评价组要到辖区小区现场打分,评价对象是物业服务企业,跟社区无关。");

        Assert.DoesNotContain(hits, h => h.Verdict.Fires);
    }

    [Fact]
    public void ANumberedHeading_TakesItsActorFromTheNextSentence()
    {
        var hits = Hits("乡村旅游提升方案", "3.运营主体引进。由区文旅委负责遴选和引进乡村旅游运营主体。");

        Assert.DoesNotContain(hits, h => h.Entry.Code == "FM-01" && h.Verdict.Fires);
    }

    [Theory]
    [InlineData("肉品市场检疫票证查验", "各社区对辖区摊位开展查验,对来源不明的予以处罚。")]
    [InlineData("专项检查", "各社区对辖区餐饮门店开展检查,对不合格的予以处罚。")]
    public void AGeneralActInANoticeAboutASector_CitesTheSectorsItem(string title, string description)
    {
        var fired = Hits(title, description).Where(h => h.Verdict.Fires).ToList();

        Assert.NotEmpty(fired);
        Assert.All(fired, h => Assert.Equal("FM-06", h.Entry.Code));
    }

    [Fact]
    public void AGeneralActInANoticeAboutItsOwnSubject_StaysWithItsItem()
    {
        var fired = Hits("违法建设整治", "各村发现违建的,对当事人予以处罚,没收工具。").Where(h => h.Verdict.Fires).ToList();

        Assert.NotEmpty(fired);
        Assert.All(fired, h => Assert.Equal("FM-04", h.Entry.Code));
    }
}
