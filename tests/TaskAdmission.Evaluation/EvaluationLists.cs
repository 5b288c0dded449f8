using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Evaluation;

/// <summary>The demo city's published lists (with their lexicon), three villages of 石桥镇 and the statutory calendar.</summary>
public sealed class EvaluationLists
{
    public static readonly DateOnly SubmittedOn = new(2026, 3, 2);

    private EvaluationLists(ListSet city, WorkingCalendar calendar)
    {
        City = city;
        Calendar = calendar;
        Lists = new ListsInForceResolver(new MergedListCache()).Resolve(new AuthorityChain("990000000000", "990100000000"), SubmittedOn.AddDays(70), [city]);
    }

    public ListSet City { get; }

    public WorkingCalendar Calendar { get; }

    public ListsInForce Lists { get; }

    public static async Task<EvaluationLists> LoadAsync()
    {
        var assembly = typeof(EvaluationLists).Assembly;
        await using var lists = assembly.GetManifestResourceStream("demo-lists.csv")!;
        var imported = await ListCsvImporter.ImportAsync(lists);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("demo-lists.csv: " + string.Join("; ", imported.Problems));
        }
        using var calendar = new StreamReader(assembly.GetManifestResourceStream("cn-working-calendar.csv")!);
        var city = new ListSet
        {
            Id = Guid.NewGuid(), AuthorityOrgUnitCode = "990000000000", Name = "示范市村(社区)工作事项清单", VersionLabel = "2025版",
            Status = ListSetStatus.Published, EffectiveFrom = new DateOnly(2025, 1, 1), Items = [.. imported.Items],
        };
        return new EvaluationLists(city, WorkingCalendarCsv.Parse(calendar));
    }

    public PrecheckContext Context() => new(
        [
            new("990100100100", "990100100000", "990100000000", Lists),
            new("990100100200", "990100100000", "990100000000", Lists),
            new("990100100300", "990100100000", "990100000000", Lists),
        ],
        Calendar, new PrecheckSettings(), []);

    /// <summary>The notice as a well-formed submission: nothing claimed, funded, in time, its certificate as the only demand.</summary>
    public static PrecheckRequest Request(Notice notice) => new()
    {
        DepartmentCode = "CITY-MZ",
        Title = notice.Title,
        Description = notice.Text,
        TargetOrgUnitCodes = ["990100100000"],
        SubmittedOn = SubmittedOn,
        StartDate = SubmittedOn.AddDays(70),
        EndDate = SubmittedOn.AddDays(70 + 364),
        Demands = notice.Certificate is { } certificate ? [new DemandRequest(DemandKind.Certificate, 1, DemandPeriod.Once, certificate)] : [],
        Support = new SupportRequest(FundingYuanPerVillage: 2000),
    };
}
