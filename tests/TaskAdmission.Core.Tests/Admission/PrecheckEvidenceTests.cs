using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using static TaskAdmission.Core.Tests.Admission.PrecheckFixture;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>Every finding cites its evidence: spans, phrase, reason, the list version consulted and the rule's basis.</summary>
public sealed class PrecheckEvidenceTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    [Fact]
    public void Check_CitesSpansPhraseAndReason_WhenTheTextPutsProhibitedWorkOnVillages()
    {
        const string description = "为做好参保工作,请各村负责辖区城乡居民医保费的收缴,收缴率达到95%。";
        var result = fixture.Check(Base("参保工作", description, ["XZ-09"], D(DemandKind.FieldWork)));

        var finding = Assert.Single(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Equal(("FM-02", "990000000000 2025版", FindingSeverity.Block), (finding.ItemCode, finding.ListSet, finding.Severity));
        Assert.NotNull(finding.Phrase);
        Assert.Equal("由村级主体“各村”承担", finding.Reason);
        Assert.Contains(finding.Evidence, e => e.Field == "description" && description.Substring(e.Start, e.Length) == "医保费");
        Assert.Contains(finding.Evidence, e => description.Substring(e.Start, e.Length) == "收缴");
        Assert.Empty(result.SuggestedItems);
    }

    [Fact]
    public void Check_CitesTheListVersionConsultedAndTheRulesBasis_WhenNoItemIsCited()
    {
        var unlisted = fixture.Check(Base("村级养老服务需求调查", "请各村摸排老年人养老服务需求。", [], D(DemandKind.Survey, 1, DemandPeriod.Year)));
        var notCovered = fixture.Check(Base("留守老人关爱", "走访老人并报送老人情况报表。", ["XZ-04"], D(DemandKind.FieldWork), D(DemandKind.Report, 1, DemandPeriod.Month)));
        var notInForce = fixture.Check(Base("留守老人关爱", "走访老人。", ["XZ-99"], D(DemandKind.FieldWork)));
        var noList = fixture.Check(Base("留守老人关爱", "走访老人。", ["XZ-04"], D(DemandKind.FieldWork)) with
        {
            SubmittedOn = new DateOnly(2024, 6, 3), StartDate = new DateOnly(2024, 9, 2), EndDate = new DateOnly(2024, 12, 31),
        });

        foreach (var (result, rule) in new[] { (unlisted, PrecheckRules.UnlistedWork), (notCovered, PrecheckRules.DemandNotCovered), (notInForce, PrecheckRules.ItemNotInForce) })
        {
            var finding = Assert.Single(result.Findings, f => f.Rule == rule);
            Assert.Equal("990000000000 2025版", finding.ListSet);
            Assert.Equal(RuleBases.Defaults[rule], finding.LegalBasis);
        }
        var none = Assert.Single(noList.Findings, f => f.Rule == PrecheckRules.NoListInForce);
        Assert.Equal(("990000000000; 990100000000", RuleBases.Defaults[PrecheckRules.NoListInForce]), (none.ListSet, none.LegalBasis));
    }

    [Fact]
    public void Check_CitesTheJurisdictionsBasis_WhenItsSettingsOverrideTheShippedOne()
    {
        var request = Base("留守老人关爱", "走访老人。", ["XZ-04"], D(DemandKind.FieldWork)) with { StartDate = SubmittedOn.AddDays(10), EndDate = SubmittedOn.AddDays(200) };
        var settings = new PrecheckSettings
        {
            LeadTimeWorkingDays = 20,
            RuleBases = RuleBases.With(new Dictionary<string, string> { ["lead_time"] = "某区社区工作准入办法第十条:提前 20 个工作日申请" }),
        };

        var result = Prechecker.Check(request, fixture.Context(request.StartDate, settings: settings), AppLanguage.ZhCn);

        var finding = Assert.Single(result.Findings, f => f.Rule == PrecheckRules.LeadTime);
        Assert.Equal("某区社区工作准入办法第十条:提前 20 个工作日申请", finding.LegalBasis);
        Assert.Equal(RuleBases.Defaults[PrecheckRules.UnlistedWork], settings.RuleBases[PrecheckRules.UnlistedWork]);
    }

    [Fact]
    public void Check_FindsTheProhibitedCertificate_WhenTheDemandNamesWhatItProves()
    {
        const string certificate = "证明申请人与被继承人系父子关系";
        var result = fixture.Check(Base("继承公证材料", "办理继承公证需要村委会出具材料。", [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: certificate)));

        var finding = Assert.Single(result.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate);
        Assert.Equal("BZ-01", finding.ItemCode);
        Assert.Contains(finding.Evidence, e => e.Field == "demands[0].certificate" && certificate.Substring(e.Start, e.Length) == "父子关系");
        Assert.DoesNotContain(result.Findings, f => f.Rule == PrecheckRules.UnlistedCertificate);
    }

    [Fact]
    public void Check_BlocksAProhibitedCertificateAskedInTheText_ButNotOneAnotherBodyIssues()
    {
        var asked = fixture.Check(Base("补偿款领取", "请各村为被征收户出具亲属关系证明。", [], D(DemandKind.FieldWork)));
        var elsewhere = fixture.Check(Base("流动人口居住登记", "无犯罪记录证明由公安机关出具。请各社区协助做好流动人口居住登记。", [], D(DemandKind.FieldWork)));

        Assert.Equal("BZ-01", Assert.Single(asked.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate).ItemCode);
        Assert.DoesNotContain(elsewhere.Findings, f => f.Severity == FindingSeverity.Block);
        Assert.Contains(elsewhere.SuggestedItems, s => s.Code == "XZ-19");
    }

    [Fact]
    public void Check_CitesTheCertificateByTheFactItProves_OrTheOtherCertificatesItemWithItsBasis()
    {
        var named = fixture.Check(Base("户籍清理", "请各村出具该人员已下落不明多年、家人无法取得联系的证明材料，作为户籍清理的依据。", [], D(DemandKind.FieldWork)));
        var unnamed = fixture.Check(Base("合作社注册登记", "合作社登记时，由村委会出具其在本村种植果树满五年的证明。", [], D(DemandKind.FieldWork)));
        var refused = fixture.Check(Base("合作社注册登记", "合作社登记时，村委会不再出具其在本村种植果树满五年的证明，由申请人书面承诺。", [], D(DemandKind.FieldWork)));

        Assert.Equal("BZ-07", Assert.Single(named.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate).ItemCode);
        var other = Assert.Single(unnamed.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate);
        Assert.Equal(("BZ-00", "由村级主体“村委会”承担"), (other.ItemCode, other.Reason));
        Assert.Contains("清单管理", other.LegalBasis);
        Assert.DoesNotContain(refused.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate);
    }

    [Fact]
    public void Check_AdmitsTheAllowedCertificate_WhenTheDemandNamesTheProhibitedOneAndTheTextStatesTheAllowedCase()
    {
        const string description = "当事人办理不动产登记需要婚姻状况证明，婚姻登记机关查无档案、确因档案遗失无法出具的，可由村委会根据掌握的情况出具。";
        var result = fixture.Check(Base("不动产登记材料", description, [], D(DemandKind.Certificate, 1, DemandPeriod.Once, certificate: "婚姻状况证明")));

        Assert.DoesNotContain(result.Findings, f => f.Rule == PrecheckRules.ProhibitedCertificate);
        Assert.Equal("ZM-03", Assert.Single(result.Findings, f => f.Rule == PrecheckRules.CertificateAllowed).ItemCode);
    }

    [Fact]
    public void Check_SuggestsTheItemAnApproverWould_WhenTheTaskUsesItsOwnWords()
    {
        var result = fixture.Check(Base("高龄老人探访", "请各村安排人员每月探访一次80周岁以上独居高龄老人,了解生活照料需求。", [], D(DemandKind.FieldWork)));

        Assert.Equal("XZ-04", result.SuggestedItems[0].Code);
    }

    [Fact]
    public void RuleNames_NameEveryRuleInBothLanguages()
    {
        var rules = typeof(PrecheckRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.All(rules, r => Assert.NotEqual(r, PrecheckRuleNames.Name(r, AppLanguage.ZhCn)));
        Assert.All(rules, r => Assert.NotEqual(r, PrecheckRuleNames.Name(r, AppLanguage.En)));
        Assert.All(rules, r => Assert.True(RuleBases.Defaults.ContainsKey(r), r));
    }
}
