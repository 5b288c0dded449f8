using System.Text;
using TaskAdmission.Application.Burden;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Burden;

/// <summary>
/// The dashboard's filter as it travels in the query string (period=2026|2026-Q2|2026-05, kind, dept, measure), read
/// with a problem for each value that is not understood (the default is used instead), and written back for links
/// (drill-down, exports) so every view keeps the same filter.
/// </summary>
public sealed record BurdenQuery(string? Period, string? Kind, string? Department, string? Measure)
{
    public (BurdenFilter Filter, List<string> Problems) Read(BurdenPeriod defaultPeriod)
    {
        var problems = new List<string>();
        var period = defaultPeriod;
        if (!string.IsNullOrWhiteSpace(Period) && !BurdenPeriod.TryParse(Period, out period))
        {
            problems.Add("Filter.BadPeriod");
            period = defaultPeriod;
        }
        DemandKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            var named = BaselineRules.Kinds.Where(k => k.ToString() == Kind.Trim()).ToList();
            if (named.Count == 1)
            {
                kind = named[0];
            }
            else
            {
                problems.Add("Filter.BadKind");
            }
        }
        var measure = BurdenMeasure.Items;
        if (!string.IsNullOrWhiteSpace(Measure) && !(Enum.TryParse(Measure, ignoreCase: false, out measure) && Enum.IsDefined(measure)))
        {
            problems.Add("Filter.BadMeasure");
            measure = BurdenMeasure.Items;
        }
        var department = string.IsNullOrWhiteSpace(Department) ? null : Department.Trim();
        if (department is { Length: > 32 })
        {
            problems.Add("Filter.BadDepartment");
            department = null;
        }
        return (new BurdenFilter(period, kind, department, measure), problems);
    }

    /// <summary>"?period=…&amp;kind=…" for a filter, optionally with one value changed.</summary>
    public static string Of(BurdenFilter filter, BurdenPeriod? period = null, BurdenMeasure? measure = null)
    {
        var q = new StringBuilder("?period=").Append(Uri.EscapeDataString((period ?? filter.Period).ToString()));
        if (filter.Kind is { } kind)
        {
            q.Append("&kind=").Append(kind);
        }
        if (filter.Department is { } dept)
        {
            q.Append("&dept=").Append(Uri.EscapeDataString(dept));
        }
        return q.Append("&measure=").Append(measure ?? filter.Measure).ToString();
    }
}
