using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Purchase;

/// <summary>How the purchase screens write money, dates and refusals in the reader's language.</summary>
public static class PurchaseText
{
    public static AppLanguage Language => AppLanguages.FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>Whole fen as yuan with two places and thousands separators (never via floating point).</summary>
    public static string Yuan(long fen) => Money.FromFen(fen).ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>An amount as a form shows it back for editing (no separators).</summary>
    public static string Input(long fen) => fen == 0 ? "" : Money.FromFen(fen).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Time(DateTime utc) => ChinaClock.Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Problem(IProblem problem) => ProblemText.Of(problem, Language);

    /// <summary>A refusal's first problem as one sentence (a conflict, a wrong step).</summary>
    public static string Problem(RefusalException refusal) => refusal.Problems.Count > 0 ? Problem(refusal.Problems[0]) : "";

    /// <summary>Each problem beside its field (JSON-path fields as the forms name them), whole-command ones beside "form".</summary>
    public static void AddTo(FormErrors errors, RefusalException refusal) => errors.Add(refusal, Problem);

    /// <summary>A typed amount: invariant decimal (a comma as thousands separator is accepted), or the problem to show.</summary>
    public static decimal? ParseMoney(string? text, string field, List<PurchaseProblem> problems)
    {
        var value = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (value.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }
        problems.Add(new PurchaseProblem(field, PurchaseProblemCode.BadValue));
        return null;
    }

    /// <summary>A date from a date input (yyyy-MM-dd), or the problem to show.</summary>
    public static DateOnly? ParseDate(string? text, string field, List<PurchaseProblem> problems)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new PurchaseProblem(field, PurchaseProblemCode.BadValue));
        return null;
    }

    public static string StatusBadge(PurchaseStatus status) => status switch
    {
        PurchaseStatus.Closed => "text-bg-success",
        PurchaseStatus.Cancelled => "text-bg-secondary",
        PurchaseStatus.InDelivery or PurchaseStatus.Settling => "text-bg-primary",
        _ => "text-bg-warning",
    };
}
