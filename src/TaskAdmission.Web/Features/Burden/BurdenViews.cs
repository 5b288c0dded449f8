using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Burden;
using TaskAdmission.Core.Burden;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>
/// Each view of the dashboard as a table, in the current language: the page shows these tables beside the charts and
/// the export writes exactly the same header and cells (CSV or XLSX), so what is downloaded is what was seen.
/// </summary>
public static class BurdenViews
{
    public static readonly string[] Names = ["trend", "kinds", "departments", "heat", "villages", "targets", "assignments"];

    public static BurdenTable? Table(string view, BurdenDashboard d, IStringLocalizer<BurdenResource> b) => view switch
    {
        "trend" => Trend(d, b),
        "kinds" => Kinds(d, b),
        "departments" => Departments(d, b),
        "heat" when d.Heat is not null => Heat(d, b),
        "villages" when d.Area.Level < 4 => Villages(d, b),
        "targets" => Targets(d.Targets, b),
        "assignments" when d.Area.Level == 4 => Assignments(d, b),
        _ => null,
    };

    public static BurdenTable Trend(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.trend"],
        [b["Col.Month"], b["Measure.Items"], b["Measure.Submissions"], b["Col.BaselineItems"], b["Col.BaselineSubmissions"], b["Col.TargetPath"], b["Col.Scheduled"]],
        d.Months.Select(m => Row(BurdenText.Period(b, m.Month), N(m.Items), N(m.Submissions), N(m.BaselineItems), N(m.BaselineSubmissions), N(m.Target),
            m.Scheduled ? b["Col.Yes"] : "")).ToList());

    public static BurdenTable Kinds(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.kinds"],
        [b["Col.Kind"], b["Measure.Items"], b["Measure.Submissions"], b["Col.BaselineItems"], b["Col.BaselineSubmissions"]],
        d.Kinds.Select(k => Row(BurdenText.Kind(b, k.Kind), N(k.Items), N(k.Submissions), N(k.BaselineItems), N(k.BaselineSubmissions))).ToList());

    public static BurdenTable Departments(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.departments"],
        [b["Col.Department"], b["Measure.Items"], b["Measure.Submissions"], b["Col.PerVillage", BurdenText.Measure(b, d.Filter.Measure)]],
        d.Departments.Select(x => Row(DepartmentName(b, x), N(x.Items), N(x.Submissions),
            N(d.Total.Villages == 0 ? 0 : Math.Round((decimal)(d.Filter.Measure == BurdenMeasure.Items ? x.Items : x.Submissions) / d.Total.Villages, 1)))).ToList());

    public static BurdenTable Heat(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.heat"],
        [b[$"Col.Child{d.Area.Level}"], .. d.Heat!.Kinds.Select(k => BurdenText.Kind(b, k)), b["Col.Total"]],
        d.Heat.Rows.Select((r, i) => (IReadOnlyList<string>)[r.Name(BurdenText.English), .. d.Heat.Values[i].Select(v => N(v)), N(d.Heat.Total(i))]).ToList());

    public static BurdenTable Villages(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.villages"],
        [b["Col.Village"], b["Col.Township"], BurdenText.Measure(b, d.Filter.Measure)],
        d.Heaviest.Select(v => Row(v.Village.Name(BurdenText.English), v.Township?.Name(BurdenText.English) ?? "", N(v.Value))).ToList());

    public static BurdenTable Targets(IReadOnlyList<TargetView> targets, IStringLocalizer<BurdenResource> b) => new(b["View.targets"],
        [b["Col.Target"], b["Col.Area"], b["Col.Goal"], b["Col.Status"], b["Col.Boundary"], b["Col.Baseline"], b["Col.GoalValue"], b["Col.Expected"], b["Col.Actual"], b["Col.VillagesOver"]],
        targets.Select(t => Row(t.Target.Name, t.Area.Name(BurdenText.English), BurdenText.Goal(b, t.Target), BurdenText.Status(b, t.Progress.Status),
            t.Progress.Boundary is { } at ? BurdenText.Date(at) : "", N(t.Progress.Baseline), N(t.Progress.Goal), N(t.Progress.Expected), N(t.Progress.Actual),
            N(t.Progress.VillagesOver))).ToList());

    public static BurdenTable Assignments(BurdenDashboard d, IStringLocalizer<BurdenResource> b) => new(b["View.assignments"],
        [b["Col.Task"], b["Col.Department"], b["Col.Kinds"], b["Col.Span"], b["Col.AssignmentStatus"], b["Measure.Items"], b["Measure.Submissions"]],
        d.Assignments.Select(a => Row(a.Title, a.DepartmentName(BurdenText.English), string.Join(BurdenText.English ? ", " : "、", a.Kinds.Select(k => BurdenText.Kind(b, k))),
            $"{BurdenText.Date(a.StartDate)} – {BurdenText.Date(a.EndDate)}", b[$"AssignmentStatus.{a.Status}"], N(a.Items), N(a.Submissions))).ToList());

    public static string DepartmentName(IStringLocalizer<BurdenResource> b, DepartmentFigure d) => d.Code.Length == 0 ? b["Department.Unknown"] : d.Name(BurdenText.English);

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string N(decimal? value) => BurdenText.Number(value);

    private static string N(int value) => BurdenText.Number(value);
}
