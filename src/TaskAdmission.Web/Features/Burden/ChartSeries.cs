namespace TaskAdmission.Web.Features.Burden;

/// <summary>One series of a chart: its name, values (null = no point) and, when it differs from the chart's, its type; dashed for baseline and target lines.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<decimal?> Values, string? Type = null, bool Dashed = false);
