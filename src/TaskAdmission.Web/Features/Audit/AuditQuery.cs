using System.Globalization;
using TaskAdmission.Application.Audit;

namespace TaskAdmission.Web.Features.Audit;

/// <summary>
/// The viewer's filter as it travels in the query string (the page and the CSV export read the same). Dates are
/// <c>yyyy-MM-dd</c> between 2000 and 2100; anything else is a field problem, never an exception.
/// </summary>
public sealed record AuditQuery(string? Actor, string? Action, string? Subject, string? From, string? To, long? Before)
{
    public const int TextMax = 200;

    public static AuditQuery Read(IQueryCollection q) =>
        new(q["actor"], q["action"], q["subject"], q["from"], q["to"], long.TryParse(q["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null);

    /// <summary>The filter, or the names of the fields that are wrong (<c>from</c>, <c>to</c>, a text over <see cref="TextMax"/>).</summary>
    public (AuditFilter? Filter, IReadOnlyList<string> Bad) ToFilter()
    {
        var bad = new List<string>();
        var from = Date(From, "from", bad);
        var to = Date(To, "to", bad);
        foreach (var (name, value) in new[] { ("actor", Actor), ("action", Action), ("subject", Subject) })
        {
            if (value?.Length > TextMax)
            {
                bad.Add(name);
            }
        }
        if (from > to)
        {
            bad.Add("to");
        }
        return bad.Count > 0 ? (null, bad) : (new AuditFilter(Actor, Action, Subject, from, to, Before), bad);
    }

    /// <summary>The query string for the same filter (the export link, the older page).</summary>
    public string QueryString(long? before = null)
    {
        var parts = new[] { ("actor", Actor), ("action", Action), ("subject", Subject), ("from", From), ("to", To), ("before", before?.ToString(CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
        return string.Join('&', parts);
    }

    private static DateOnly? Date(string? text, string field, List<string> bad)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }
        bad.Add(field);
        return null;
    }
}
