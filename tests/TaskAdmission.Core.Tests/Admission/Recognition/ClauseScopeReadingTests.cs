using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission.Recognition;

/// <summary>
/// The reading rules of issue 11's third phase (from the rt2 and rt3 notices): how far a negation or an actor reaches
/// beyond its clause, exempted villages, voluntary take-up, stated exemptions, a body's name that ends inside the matched
/// words, and titles whose act word is a body's name in the description.
/// </summary>
public sealed class ClauseScopeReadingTests
{
    private static readonly RecogniserLexicon Lexicon = RecogniserLexicon.ForItems(
    [
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-05", TitleZh = "安全生产监管主体责任", Recognisers = "(企业|安全生产) ~12 (检查|巡查)" },
        new ListItem { Kind = ListKind.Prohibited, Code = "FM-07", TitleZh = "生态环境监管执法主体责任", Recognisers = "禁渔 ~12 (执法|查处)" },
        new ListItem { Kind = ListKind.CertificateProhibited, Code = "BZ-01", TitleZh = "亲属关系证明", Recognisers = "亲属关系证明;(是|系) ~2 (父子|母女) ~16 (证明|出具)" },
        new ListItem { Kind = ListKind.Lexicon, Code = "AS-1", TitleZh = "考核排名", Category = LexiconFamilies.Assessment, Recognisers = "考核;排名;名次" },
        new ListItem { Kind = ListKind.Lexicon, Code = "SB-1", TitleZh = "挂牌", Category = LexiconFamilies.Signboard, Recognisers = "悬挂 ~8 牌" },
    ]);

    private static IReadOnlyList<RecognitionHit> Hits(string title, string description) =>
        TextAnalyser.Analyse(Lexicon, [("title", title), ("description", description)]).Hits;

    [Fact]
    public void ListedItems_ShareTheNegationOfTheClauseBefore()
    {
        var hits = Hits("规范出具证明", "社区一律不予出具,包括亲属关系证明、健在证明等。");

        Assert.Equal(VerdictReason.Negated, Assert.Single(hits, h => h.Entry.Code == "BZ-01").Verdict.Reason);
    }

    [Fact]
    public void WhatACertificateMustState_StaysInTheClauseThatAsksForIt()
    {
        var hits = Hits("代领津贴", "需由所在村出具证明,写明代领人与老人是父子关系。");

        Assert.Contains(hits, h => h.Entry.Code == "BZ-01" && h.Verdict.Fires);
    }

    [Theory]
    [InlineData("各类考核一律不以村为对象。")]
    [InlineData("考核结果不在村(社区)之间排名。")]
    public void AVillageNamedRightAfterANegation_IsExempted(string description)
    {
        var hits = Hits("卫生院考核", description);

        Assert.DoesNotContain(hits, h => h.Verdict.Fires);
    }

    [Fact]
    public void AVillageNamedToBeRanked_IsStillTargeted()
    {
        var hits = Hits("工作通报", "镇里每月对完成率不高的村排名通报。");

        Assert.Contains(hits, h => h.Entry.Code == "AS-1" && h.Verdict.Fires);
    }

    [Fact]
    public void AnEarlierNegatedVillage_DoesNotTakeOnWhatFollows()
    {
        var hits = Hits("标准化检查", "检查由区应急管理局实施,村(社区)不参与检查,如企业所在村需要了解检查情况可向镇安监站咨询。");

        Assert.DoesNotContain(hits, h => h.Entry.Code == "FM-05" && h.Verdict.Fires);
    }

    [Fact]
    public void ATopicClause_TakesTheBodyALaterClauseGivesTheActTo()
    {
        var hits = Hits("禁渔期宣传", "禁渔期间查处非法捕捞,由区农业综合执法大队负责。");

        var hit = Assert.Single(hits, h => h.Field == "description");
        Assert.Equal((false, VerdictReason.OtherActor), (hit.Verdict.Fires, hit.Verdict.Reason));
    }

    [Fact]
    public void ATitleWhoseActIsABodysNameInTheDescription_GoesToThatBody()
    {
        var hits = Hits("渔政执法禁渔期宣传", "长江禁渔期间,非法捕捞由区农业综合执法大队负责。请沿江各村张贴禁渔通告。");

        Assert.Equal(VerdictReason.OtherActor, Assert.Single(hits, h => h.Field == "title").Verdict.Reason);
    }

    [Fact]
    public void ABodysNameEndingInsideTheMatch_IsTheActor()
    {
        var hits = Hits("充电安全", "物业服务企业负责小区公共区域巡查和劝导。");

        Assert.Equal(VerdictReason.OtherActor, Assert.Single(hits, h => h.Entry.Code == "FM-05").Verdict.Reason);
    }

    [Fact]
    public void ARankingTheVillageTakesPartInByChoice_DoesNotFire()
    {
        var hits = Hits("篮球联赛", "区体育局举办篮球联赛,各村自愿组队报名,比赛名次仅用于颁发奖品。");

        Assert.Equal(VerdictReason.Voluntary, Assert.Single(hits, h => h.Entry.Code == "AS-1").Verdict.Reason);
    }

    [Fact]
    public void AStatedExemption_SilencesMatchesThatNameNoOne_ButNotOnesAimedAtTheVillage()
    {
        var exempted = Hits("公共卫生服务考核细则", "考核对象:各卫生院。说明:村(居)民委员会不列入考核对象。");
        var aimed = Hits("公共卫生服务考核细则", "村(居)民委员会不列入考核对象。另对各村按建档率排名。");

        Assert.DoesNotContain(exempted, h => h.Verdict.Fires);
        Assert.Contains(aimed, h => h.Verdict.Fires && h.Verdict.Reason == VerdictReason.VillageTargeted);
    }

    [Fact]
    public void ASignInATitleNotNamingTheVillage_FollowsTheDescription()
    {
        var hits = Hits("光荣牌悬挂", "区退役军人事务局为退役军人家庭悬挂光荣牌,由区退役军人事务局工作人员上门悬挂。");

        Assert.DoesNotContain(hits, h => h.Verdict.Fires);
    }
}
