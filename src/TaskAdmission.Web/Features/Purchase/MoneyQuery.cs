using TaskAdmission.Application.Purchase.Finance;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>The money view's filters as query parameters (the page, its CSV and its XLSX read the same ones).</summary>
public static class MoneyQuery
{
    public static MoneyFilter Read(IQueryCollection query, int currentYear)
    {
        var year = int.TryParse(query["year"], out var y) && y is >= 2000 and <= 2100 ? y : currentYear;
        string? department = query["department"].ToString() is { Length: > 0 and <= 32 } d ? d : null;
        FundingSource? source = Enum.TryParse<FundingSource>(query["source"], out var s) && query["source"] == s.ToString() ? s : null;
        ProviderKind? kind = Enum.TryParse<ProviderKind>(query["kind"], out var k) && query["kind"] == k.ToString() ? k : null;
        return new MoneyFilter(year, department, source, kind, query["cancelled"] == "true");
    }

    public static string ToQuery(MoneyFilter f) =>
        $"year={f.Year}&department={Uri.EscapeDataString(f.DepartmentCode ?? "")}&source={f.Source}&kind={f.ProviderKind}&cancelled={(f.IncludeCancelled ? "true" : "")}";
}
