using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>
/// The target form as posted. The window is chosen in whole months (start month, due month), so it always begins on
/// the first and ends on the last day of a month; the rules themselves are <see cref="TargetRules"/>.
/// </summary>
public sealed class TargetForm
{
    public string OrgUnitCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Measure { get; set; } = nameof(BurdenMeasure.Items);
    public string Goal { get; set; } = nameof(TargetGoal.ReduceByPercent);
    public string Value { get; set; } = "";
    public string StartMonth { get; set; } = "";
    public string DueMonth { get; set; } = "";

    public TargetInput? Read(FormErrors errors, IStringLocalizer<BurdenResource> b)
    {
        DemandKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (BaselineFile.TryParseKind(Kind, out var k))
            {
                kind = k;
            }
            else
            {
                errors.Add("kind", b["Problem.UnknownKind", Kind]);
            }
        }
        if (!Enum.TryParse<BurdenMeasure>(Measure, out var measure) || !Enum.IsDefined(measure))
        {
            errors.Add("measure", b["Problem.Required"]);
        }
        if (!Enum.TryParse<TargetGoal>(Goal, out var goal) || !Enum.IsDefined(goal))
        {
            errors.Add("goal", b["Problem.Required"]);
        }
        if (!decimal.TryParse((Value ?? "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add("value", string.IsNullOrWhiteSpace(Value) ? b["Problem.Required"] : b["Problem.NotANumber", Value]);
        }
        var start = Month(StartMonth, "startDate", errors, b);
        var due = Month(DueMonth, "dueDate", errors, b);
        return errors.Any ? null : new TargetInput(OrgUnitCode ?? "", Name ?? "", kind, measure, goal, value, start, due.AddMonths(1).AddDays(-1));
    }

    private static DateOnly Month(string text, string field, FormErrors errors, IStringLocalizer<BurdenResource> b)
    {
        if (DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= BurdenPeriod.MinYear and <= BurdenPeriod.MaxYear)
        {
            return month;
        }
        errors.Add(field, string.IsNullOrWhiteSpace(text) ? b["Problem.Required"] : b["Problem.BadMonth", text]);
        return new DateOnly(BurdenPeriod.MinYear, 1, 1);
    }
}
