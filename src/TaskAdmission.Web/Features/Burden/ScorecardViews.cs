using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Burden;
using TaskAdmission.Core.Burden;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>Department scorecards and baselines as tables, for their pages and exports alike.</summary>
public static class ScorecardViews
{
    public static BurdenTable List(IReadOnlyList<DepartmentScorecard> cards, BurdenMeasure measure, IStringLocalizer<BurdenResource> b) => new(b["Scorecards.Title"],
        [b["Col.Department"], b["Card.Submissions"], b["Card.AdmissionRate"], b["Card.Returns"], b["Card.Rejected"], b["Card.FoundedReports"],
         b["Card.SupportNotDelivered"], b["Card.AddedItems"], b["Card.AddedSubmissions"], b["Col.PerVillage", BurdenText.Measure(b, measure)]],
        cards.Select(c => (IReadOnlyList<string>)[c.Name(BurdenText.English), N(c.Submissions), Rate(c), N(c.Returns), N(c.Rejected), N(c.FoundedReports),
            N(c.SupportNotDelivered), N(c.Added.Items), N(c.Added.Submissions), BurdenText.Number(c.Added.PerVillage(measure))]).ToList());

    public static BurdenTable Card(DepartmentScorecard c, IStringLocalizer<BurdenResource> b) => new(c.Name(BurdenText.English),
        [b["Card.Metric"], b["Card.Value"]],
        [
            [b["Card.Submissions"], N(c.Submissions)],
            [b["Card.Decided"], N(c.Decided)],
            [b["Card.Admitted"], N(c.Admitted)],
            [b["Card.AdmissionRate"], Rate(c)],
            [b["Card.Returns"], N(c.Returns)],
            [b["Card.Rejected"], N(c.Rejected)],
            .. c.RejectionsByRule.Select(r => (IReadOnlyList<string>)[b["Card.RejectedBy", BurdenText.Rule(b, r.Rule)], N(r.Count)]),
            [b["Card.FoundedReports"], N(c.FoundedReports)],
            [b["Card.SupportNotDelivered"], N(c.SupportNotDelivered)],
            [b["Card.AddedItems"], N(c.Added.Items)],
            [b["Card.AddedSubmissions"], N(c.Added.Submissions)],
            [b["Col.PerVillage", b["Measure.Items"]], BurdenText.Number(c.Added.PerVillage(BurdenMeasure.Items))],
            [b["Col.PerVillage", b["Measure.Submissions"]], BurdenText.Number(c.Added.PerVillage(BurdenMeasure.Submissions))],
        ]);

    public static BurdenTable Baselines(IReadOnlyList<BaselineRow> rows, IStringLocalizer<BurdenResource> b) => new(b["Baselines.Title"],
        [b["Col.Area"], b["Col.Code"], b["Col.Kind"], b["Baseline.Year"], b["Measure.Items"], b["Measure.Submissions"], b["Baseline.Origin"], b["Baseline.Note"], b["Baseline.RecordedBy"]],
        rows.Select(r => (IReadOnlyList<string>)[r.Unit.Name(BurdenText.English), r.Unit.Code, BurdenText.Kind(b, r.Baseline.Kind), r.Baseline.Year.ToString(),
            N(r.Baseline.Items), N(r.Baseline.Submissions), b[$"Origin.{r.Baseline.Origin}"], r.Baseline.Note ?? "", r.Baseline.RecordedBy]).ToList());

    private static string Rate(DepartmentScorecard c) => c.AdmissionRate is { } rate ? BurdenText.Number(rate) + "%" : "—";

    private static string N(decimal value) => BurdenText.Number(value);
}
