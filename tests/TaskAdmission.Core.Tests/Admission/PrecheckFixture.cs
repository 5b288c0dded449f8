using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Tests.Lists;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Core.Tests.Admission;

/// <summary>The demo city's published lists (demo-lists.csv, 2025版 from 2025-01-01), three 石桥镇 villages and the real calendar.</summary>
public sealed class PrecheckFixture
{
    public static readonly DateOnly SubmittedOn = new(2026, 3, 2);

    public PrecheckFixture()
    {
        using var file = File.OpenRead(ReferenceData.DemoListsCsv);
        var import = ListCsvImporter.ImportAsync(file, new ListImportOptions { Departments = ReferenceData.DemoDepartments() }).GetAwaiter().GetResult();
        if (!import.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", import.Problems));
        }
        City = new ListSet
        {
            Id = Guid.NewGuid(), AuthorityOrgUnitCode = "990000000000", Name = "示范市村(社区)工作事项清单", VersionLabel = "2025版",
            Status = ListSetStatus.Published, EffectiveFrom = new DateOnly(2025, 1, 1), Items = import.Items.ToList(),
        };
        Calendar = WorkingCalendarCsv.Load(Path.Combine(ReferenceData.Directory, "cn-working-calendar.csv"));
        Resolver = new ListsInForceResolver(new MergedListCache());
    }

    public ListSet City { get; }
    public WorkingCalendar Calendar { get; }
    public ListsInForceResolver Resolver { get; }

    public PrecheckContext Context(DateOnly start, IReadOnlyList<ActiveTask>? active = null, PrecheckSettings? settings = null)
    {
        var lists = Resolver.Resolve(new AuthorityChain("990000000000", "990100000000"), start, [City]);
        TargetVillage[] villages =
        [
            new("990100100100", "990100100000", "990100000000", lists),
            new("990100100200", "990100100000", "990100000000", lists),
            new("990100100300", "990100100000", "990100000000", lists),
        ];
        return new PrecheckContext(villages, Calendar, settings ?? new PrecheckSettings(), active ?? []);
    }

    public PrecheckResult Check(PrecheckRequest request, IReadOnlyList<ActiveTask>? active = null, AppLanguage language = AppLanguage.ZhCn) =>
        Prechecker.Check(request, Context(request.StartDate, active), language);

    /// <summary>The rules a department's notice fires (its title and description, one field-work demand), each once.</summary>
    public IReadOnlyList<string> RulesOf(string title, string description) =>
        [.. Check(Base(title, description, [], D(DemandKind.FieldWork))).Findings.Select(f => f.Rule).Distinct()];

    /// <summary>Every match of the notice with its reason, for an assertion's message.</summary>
    public string Explain(string title, string description) =>
        string.Join("\n", RecognitionTrial.Try(City.Items, title, description).Hits
            .Select(h => $"{(h.Verdict.Fires ? "FIRES" : "quiet")} {h.Entry.Code} {h.Field} “{h.MatchedText}” ({h.Verdict.Explain(AppLanguage.ZhCn)})"));

    /// <summary>The notice fires <paramref name="rule"/>; else the assertion says what each match did.</summary>
    public void AssertFires(string title, string description, string rule) =>
        Assert.True(RulesOf(title, description).Contains(rule), Explain(title, description));

    /// <summary>The notice does not fire <paramref name="rule"/>; else the assertion says what each match did.</summary>
    public void AssertQuiet(string title, string description, string rule) =>
        Assert.False(RulesOf(title, description).Contains(rule), Explain(title, description));

    /// <summary>A well-formed task: 市民政局, 60 days ahead, one year long, funded.</summary>
    public static PrecheckRequest Base(string title, string description, string[] claimed, params DemandRequest[] demands) => new()
    {
        DepartmentCode = "CITY-MZ",
        Title = title,
        Description = description,
        ClaimedItemCodes = claimed,
        TargetOrgUnitCodes = ["990100100000"],
        SubmittedOn = SubmittedOn,
        StartDate = SubmittedOn.AddDays(70),
        EndDate = SubmittedOn.AddDays(70 + 364),
        Demands = demands,
        Support = new SupportRequest(FundingYuanPerVillage: 2000),
    };

    public static DemandRequest D(DemandKind kind, int count = 1, DemandPeriod period = DemandPeriod.Quarter, string? certificate = null, string? signboard = null) =>
        new(kind, count, period, certificate, signboard);
}
