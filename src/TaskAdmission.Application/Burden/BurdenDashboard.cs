namespace TaskAdmission.Application.Burden;

/// <summary>
/// Everything one dashboard page shows for an area and a filter: the trail up to the viewer's scope, the headline
/// (this period, the one before, the baseline for the same period), the monthly trend of the period's year, by kind,
/// by department, the heat table of the children × kinds, the villages with the heaviest load, the area's targets,
/// and at village level its assignments and founded reports.
/// </summary>
public sealed record BurdenDashboard(
    AreaView Area,
    IReadOnlyList<AreaView> Trail,
    BurdenFilter Filter,
    BurdenFigures Total,
    BurdenFigures Previous,
    BurdenFigures? Baseline,
    BurdenFigures Unadmitted,
    IReadOnlyList<MonthFigure> Months,
    IReadOnlyList<KindFigure> Kinds,
    IReadOnlyList<DepartmentFigure> Departments,
    HeatTable? Heat,
    IReadOnlyList<VillageLoad> Heaviest,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<AssignmentBurden> Assignments,
    int FoundedReports,
    IReadOnlyList<FoundedReportBurden> Reports,
    IReadOnlyList<DepartmentFigure> DepartmentOptions);
