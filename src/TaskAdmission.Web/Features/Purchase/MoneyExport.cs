using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Web.Features.Admission;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>The money view as one table for CSV and XLSX: the total, each department, provider, village and month.</summary>
public static class MoneyExport
{
    public static List<string[]> Rows(MoneyView view, IStringLocalizer<PurchaseResource> p, OrgNames org)
    {
        var rows = new List<string[]>
        {
            new[] { "Export.Dimension", "Export.Name", "Money.Cases", "Money.Budget", "Money.Contract", "Money.Accepted", "Money.Paid", "Money.Outstanding" }.Select(k => p[k].Value).ToArray(),
        };
        rows.Add(Row(p["Money.Total"], "", view.Totals));
        rows.AddRange(view.ByDepartment.Select(r => Row(p["Money.ByDepartment"], org.Department(r.Key), r)));
        rows.AddRange(view.ByProvider.Select(r => Row(p["Money.ByProvider"], r.Key, r)));
        rows.AddRange(view.ByVillage.Select(r => Row(p["Money.ByVillage"], org.Unit(r.Key), r)));
        rows.AddRange(view.Months.Select(m => new[]
        {
            p["Money.ByMonth"].Value, $"{view.Filter.Year}-{m.Month:00}", "", "", Amount(m.ContractFen), "", Amount(m.PaidFen), "",
        }));
        return rows;
    }

    private static string[] Row(string dimension, string name, MoneyRow r) =>
        [dimension, name, r.Cases.ToString(CultureInfo.InvariantCulture), Amount(r.BudgetFen), Amount(r.ContractFen), Amount(r.AcceptedFen), Amount(r.PaidFen), Amount(r.OutstandingFen)];

    /// <summary>Yuan with two places, invariant (a spreadsheet reads it as a number; never through floating point).</summary>
    private static string Amount(long fen) => Money.FromFen(fen).ToString("0.00", CultureInfo.InvariantCulture);
}
