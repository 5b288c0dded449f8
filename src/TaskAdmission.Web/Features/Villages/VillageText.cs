using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Villages;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>How village work reads on screen, in the current language.</summary>
public static class VillageText
{
    public static bool English => LocalizationExtensions.IsEnglish;

    public static string Date(DateOnly date) => date.ToString(English ? "MMM d, yyyy" : "yyyy年M月d日", CultureInfo.CurrentCulture);

    public static string Date(DateTime utc) => Date(ChinaClock.DayOf(utc));

    public static string Moment(DateTime utc) => ChinaClock.Local(utc).ToString(English ? "MMM d, yyyy HH:mm" : "yyyy年M月d日 HH:mm", CultureInfo.CurrentCulture);

    public static string Demand(IStringLocalizer<VillagesResource> v, DemandRequest d)
    {
        var what = ListLabels.Demand(d.Kind, AppLanguages.FromCulture(CultureInfo.CurrentUICulture));
        var detail = d.Certificate ?? d.Signboard;
        var line = v["Demand.Line", what, d.Count, v[$"Period.{d.Period}"]].Value;
        return string.Join(" — ", new[] { line, detail, d.Note }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public static string Decision(IStringLocalizer<VillagesResource> v, DecisionView d) =>
        v["Assignment.Decision", v[$"Decision.{d.Kind}"], d.OrgUnitName(English), Date(d.DecidedAtUtc)];

    /// <summary>The promised support as short lines ("经费 2000 元/村", "培训").</summary>
    public static IEnumerable<(SupportKind Kind, string Text, SupportState State)> Support(IStringLocalizer<VillagesResource> v, SupportView s)
    {
        foreach (var kind in Enum.GetValues<SupportKind>())
        {
            var state = s.StateOf(kind);
            if (state == SupportState.NotPromised)
            {
                continue;
            }
            var text = kind == SupportKind.Funding ? v["Support.FundingAmount", s.FundingYuan.ToString("0.##", CultureInfo.InvariantCulture)].Value : v[$"Support.{kind}"].Value;
            yield return (kind, text, state);
        }
    }

    public static string StatusBadge(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Open => "text-bg-warning",
        AssignmentStatus.Done => "text-bg-success",
        AssignmentStatus.Cancelled => "text-bg-secondary",
        _ => "text-bg-info",
    };

    /// <summary>A refused command's message for a form.</summary>
    public static string Error(IStringLocalizer<VillagesResource> v, RefusalException ex) =>
        ex.Kind == RefusalKind.NotFound ? v["Error.NotFound"] : string.Join(" ", ex.Problems.Select(p => Problem(v, p)));

    /// <summary>One problem of a refused village command, from the villages' resources (Error.{code}).</summary>
    public static string Problem(IStringLocalizer<VillagesResource> v, IProblem p) => v[$"Error.{p.Code}", (p as FieldProblem)?.Arguments ?? []].Value;

    public static string Field(RefusalException ex) => ex.Problems.FirstOrDefault()?.Field ?? "";
}
