using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Admission;

public sealed class PrecheckerTests(PrecheckFixture fixture) : IClassFixture<PrecheckFixture>
{
    public static TheoryData<PrecheckCases.Case> Cases()
    {
        var data = new TheoryData<PrecheckCases.Case>();
        foreach (var c in PrecheckCases.All)
        {
            data.Add(c);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GivesExpectedOutcomeAndRules(PrecheckCases.Case c)
    {
        var result = fixture.Check(c.Request);

        var explain = string.Join("\n", result.Findings.Select(f => $"{f.Severity} {f.Rule} {f.ItemCode}: {f.Message}"));
        Assert.True(c.Outcome == result.Outcome, $"{c.Name}: expected {c.Outcome}, got {result.Outcome}\n{explain}");
        foreach (var rule in c.Rules)
        {
            Assert.True(result.Findings.Any(f => f.Rule == rule), $"{c.Name}: missing {rule}\n{explain}");
        }
        foreach (var rule in c.Absent ?? [])
        {
            Assert.False(result.Findings.Any(f => f.Rule == rule), $"{c.Name}: unexpected {rule}\n{explain}");
        }
    }

    [Fact]
    public void Cases_CoverEveryRuleAndAreAtLeastForty()
    {
        var cases = PrecheckCases.All.ToList();
        var covered = cases.SelectMany(c => c.Rules).ToHashSet();
        var rules = typeof(PrecheckRules).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string) && ((string)f.GetValue(null)!).All(ch => ch is (>= 'A' and <= 'Z') or '_'))
            .Select(f => (string)f.GetValue(null)!).ToList();

        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.Empty(rules.Except(covered).Except([PrecheckRules.DuplicateCollection]));
    }

    [Fact]
    public void Check_CitesItemListVersionAndBasis_WhenItemIsProhibited()
    {
        var result = fixture.Check(PrecheckFixture.Base("招商", "完成招商任务。", ["FM-01"], PrecheckFixture.D(DemandKind.Report)));

        var finding = Assert.Single(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Equal("FM-01", finding.ItemCode);
        Assert.Equal("990000000000 2025版", finding.ListSet);
        Assert.Equal("关于规范村级组织工作事务、机制牌子和证明事项的意见", finding.LegalBasis);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
    }

    [Fact]
    public void Check_CitesTheMatchingProhibitedItem_WhenTextHidesTaxCollection()
    {
        var result = fixture.Check(PrecheckFixture.Base("社保宣传", "请各村协助代征税费。", ["ZZ-11"], PrecheckFixture.D(DemandKind.FieldWork)));

        var finding = Assert.Single(result.Findings, f => f.Rule == PrecheckRules.ProhibitedItem);
        Assert.Equal("FM-02", finding.ItemCode);
        Assert.Contains("代征税费", finding.Message);
    }

    [Theory]
    [InlineData("在各村设立快递收发点,统一代收代发。", false)]
    [InlineData("请各村统一代收本村农户的医保费。", true)]
    public void Check_TellsParcelsCollectedFromFeesCollected(string description, bool prohibited)
    {
        var result = fixture.Check(PrecheckFixture.Base("村级服务点", description, [], PrecheckFixture.D(DemandKind.FieldWork)));

        Assert.Equal(prohibited, result.Findings.Any(f => f.Rule == PrecheckRules.ProhibitedItem && f.ItemCode == "FM-02"));
    }

    [Fact]
    public void Check_WarnsDuplicate_WhenActiveTaskCollectsSimilarDataFromSameVillages()
    {
        var active = new ActiveTask(Guid.NewGuid(), "CITY-WJ", "老年人健康状况调查", DemandKind.Survey, new HashSet<string> { "990100100100" });
        var request = PrecheckFixture.Base("留守老人健康状况调查", "调查老人健康状况。", ["XZ-04"], PrecheckFixture.D(DemandKind.Survey, 1, DemandPeriod.Year));

        var result = fixture.Check(request, [active]);

        Assert.Contains(result.Findings, f => f.Rule == PrecheckRules.DuplicateCollection && f.Message.Contains("老年人健康状况调查"));
        Assert.DoesNotContain(fixture.Check(request).Findings, f => f.Rule == PrecheckRules.DuplicateCollection);
    }

    [Fact]
    public void Check_NamesTheTaskAndTheSharedFields_WhenDeclaredFieldsOverlapARunningTask()
    {
        var active = new ActiveTask(Guid.NewGuid(), "CITY-WJ", "居民电子健康档案信息更新", DemandKind.Survey, new HashSet<string> { "990100100100", "990100100200" })
        {
            Number = "ZR2026-000123", Fields = ["姓名", "公民身份号码", "联系电话"], DepartmentNameZh = "市卫生健康委", DepartmentNameEn = "Health Commission",
        };
        // A title nothing like the running task's: only the fields tell.
        var request = PrecheckFixture.Base("困难群众走访", "走访困难群众。", ["XZ-04"], PrecheckFixture.D(DemandKind.FieldWork)) with
        {
            CollectedFields = ["身份证号", "手机号", "家庭住址"],
        };
        var context = fixture.Context(request.StartDate, [active]) with { Fields = TaskAdmission.Core.Tests.DataFields.FieldDictionaryTests.Demo() };

        var finding = Assert.Single(Prechecker.Check(request, context, AppLanguage.ZhCn).Findings, f => f.Rule == PrecheckRules.DuplicateCollection);

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Contains("居民电子健康档案信息更新", finding.Message);
        Assert.Contains("ZR2026-000123", finding.Message);
        Assert.Contains("市卫生健康委", finding.Message);
        Assert.Contains("在 2 个相同村（社区）", finding.Message);
        Assert.Equal("公民身份号码、联系电话", finding.MatchedText);
        Assert.Equal("一次采集、多方利用", finding.LegalBasis);
        Assert.False(string.IsNullOrEmpty(finding.Reason));
        Assert.Contains("Health Commission", Prechecker.Check(request, context, AppLanguage.En).Findings.Single(f => f.Rule == PrecheckRules.DuplicateCollection).Message);
    }

    [Fact]
    public void Check_DoesNotFlagTheTaskItDeclaresItReuses()
    {
        var active = new ActiveTask(Guid.NewGuid(), "CITY-WJ", "居民电子健康档案信息更新", DemandKind.Survey, new HashSet<string> { "990100100100" })
        {
            Fields = ["公民身份号码"],
        };
        var request = PrecheckFixture.Base("困难群众走访", "走访困难群众。", ["XZ-04"], PrecheckFixture.D(DemandKind.Survey)) with { CollectedFields = ["公民身份号码"] };

        Assert.Contains(fixture.Check(request, [active]).Findings, f => f.Rule == PrecheckRules.DuplicateCollection);
        Assert.DoesNotContain(fixture.Check(request with { ReusesSubmissionId = active.Id }, [active]).Findings, f => f.Rule == PrecheckRules.DuplicateCollection);
    }

    [Theory]
    [InlineData("请各村入户走访独居老人和留守老人,了解生活照料需求,开展关爱服务。", "XZ-04")]
    [InlineData("协助开展适龄青年兵役登记和征兵宣传工作。", "XZ-08")]
    [InlineData("协助做好防止返贫动态监测,入户核查收入变化。", "XZ-26")]
    [InlineData("组织调解邻里之间的民间纠纷。", "ZZ-08")]
    [InlineData("协助开展森林防火巡查和地质灾害群测群防。", "XZ-15")]
    public void Check_SuggestsTheRightItemInTopThree_WhenNothingIsClaimed(string description, string expected)
    {
        var result = fixture.Check(PrecheckFixture.Base("村级工作", description, [], PrecheckFixture.D(DemandKind.FieldWork)));

        Assert.Contains(result.SuggestedItems.Take(3), s => s.Code == expected);
    }

    [Fact]
    public void Check_ProjectsBurdenPerVillagePerYear()
    {
        var request = PrecheckFixture.Base("报表", "季度报表。", ["XZ-11"], PrecheckFixture.D(DemandKind.Report, 4, DemandPeriod.Quarter), PrecheckFixture.D(DemandKind.FieldWork, 1, DemandPeriod.Month));

        var result = fixture.Check(request);

        Assert.Equal(16, result.ProjectedBurden[DemandKind.Report]);
        Assert.Equal(12, result.ProjectedBurden[DemandKind.FieldWork]);
        Assert.Equal(3, result.VillageCount);
    }

    [Fact]
    public void Check_SpeaksEnglish_WhenAsked()
    {
        var result = fixture.Check(PrecheckFixture.Base("招商", "完成招商任务。", ["FM-01"], PrecheckFixture.D(DemandKind.Report)), language: AppLanguage.En);

        Assert.StartsWith("Claimed item FM-01", result.Findings.First(f => f.Rule == PrecheckRules.ProhibitedItem).Message);
    }

    [Fact]
    public void Messages_HaveTheSamePlaceholdersInBothLanguages()
    {
        foreach (var key in PrecheckMessages.Keys)
        {
            var args = Enumerable.Range(0, 5).Select(i => (object?)$"<{i}>").ToArray();
            var zh = PrecheckMessages.Text(key, AppLanguage.ZhCn, args);
            var en = PrecheckMessages.Text(key, AppLanguage.En, args);
            for (var i = 0; i < 5; i++)
            {
                Assert.True(zh.Contains($"<{i}>") == en.Contains($"<{i}>"), $"{key} placeholder {i}");
            }
        }
    }
}
