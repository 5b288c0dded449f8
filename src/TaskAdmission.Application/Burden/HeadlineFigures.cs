using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// The headline of an area for a home page or the public village page: this year's figures, last year's, the
/// baseline (when recorded), the months of this year, and the figures by kind.
/// </summary>
public sealed record HeadlineFigures(
    AreaView Area, int Year, BurdenFigures ThisYear, BurdenFigures LastYear, BurdenFigures? Baseline,
    IReadOnlyList<MonthFigure> Months, IReadOnlyList<(DemandKind Kind, int Items, int Submissions)> Kinds);
