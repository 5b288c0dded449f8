using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>How burden figures, kinds, periods and problems read on screen, in the current language.</summary>
public static class BurdenText
{
    public static bool English => LocalizationExtensions.IsEnglish;

    private static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>A demand kind's label; "not classified" for <see cref="DemandKind.None"/>.</summary>
    public static string Kind(IStringLocalizer<BurdenResource> b, DemandKind? kind) =>
        kind is null ? b["Filter.AllKinds"] : kind == DemandKind.None ? b["Kind.None"] : ListLabels.Demand(kind.Value, Language);

    public static string Period(IStringLocalizer<BurdenResource> b, BurdenPeriod p) => p.Kind switch
    {
        PeriodKind.Year => b["Period.Year", p.Year],
        PeriodKind.Quarter => b["Period.Quarter", p.Year, p.Number],
        _ => b["Period.Month", p.Year, p.Number],
    };

    public static string MonthShort(IStringLocalizer<BurdenResource> b, BurdenPeriod month) => b["Period.MonthShort", month.Number];

    public static string Number(decimal value) => value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.0", CultureInfo.CurrentCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "—";

    public static string Percent(decimal? value) => value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.0", CultureInfo.CurrentCulture) + "%" : "—";

    public static string Measure(IStringLocalizer<BurdenResource> b, BurdenMeasure measure) => b[$"Measure.{measure}"];

    public static string Status(IStringLocalizer<BurdenResource> b, TargetStatus status) => b[$"TargetStatus.{status}"];

    public static string StatusBadge(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack or TargetStatus.Met => "text-bg-success",
        TargetStatus.AtRisk => "text-bg-warning",
        TargetStatus.Missed => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    /// <summary>A target in words: "总事项数较基线减少 40%,至 2026年12月31日" / "no more than 12 reports per village per year".</summary>
    public static string Goal(IStringLocalizer<BurdenResource> b, BurdenTarget t) => t.Goal == TargetGoal.ReduceByPercent
        ? b["Target.ReduceText", Kind(b, t.Kind), Measure(b, t.Measure), Number(t.Value), Date(t.DueDate)]
        : b["Target.CapText", Kind(b, t.Kind), Measure(b, t.Measure), Number(t.Value)];

    public static string Date(DateOnly date) => date.ToString(English ? "MMM d, yyyy" : "yyyy年M月d日", CultureInfo.CurrentCulture);

    /// <summary>A problem of a baseline or target (row and column first when from a file).</summary>
    public static string Problem(IStringLocalizer<BurdenResource> b, IProblem problem)
    {
        if (problem is not BurdenProblem p)
        {
            return b[$"Problem.{problem.Code}"];
        }
        var text = b[$"Problem.{p.Code}", p.Arguments.Cast<object>().ToArray()].Value;
        return p.Row is { } row ? b["Problem.At", row, p.Field, text] : text;
    }

    /// <summary>A pre-check rule's name (e.g. 负面清单事项 for PROHIBITED_ITEM), never the bare code.</summary>
    public static string Rule(IStringLocalizer<BurdenResource> b, string rule) =>
        b[$"Rule.{rule}"] is { ResourceNotFound: false } name ? name.Value : b["Rule.Other"];
}
