using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>One demand kind in the period, with its baseline for the same period (null when none was recorded).</summary>
public sealed record KindFigure(DemandKind Kind, int Items, int Submissions, decimal? BaselineItems, decimal? BaselineSubmissions);
