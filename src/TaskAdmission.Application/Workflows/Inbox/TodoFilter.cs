using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>What the inbox shows; round-trips through a query string, which is also how a saved filter is stored.</summary>
public sealed record TodoFilter
{
    public const int PageSize = 50;
    public const int TextMax = 100;

    public TodoTab Tab { get; init; } = TodoTab.Todo;
    public string? Process { get; init; }
    public string? Text { get; init; }
    public bool OverdueOnly { get; init; }
    public TodoClaim Claim { get; init; } = TodoClaim.All;
    public TodoSort Sort { get; init; } = TodoSort.Due;
    public int Page { get; init; } = 1;

    /// <summary>The query string of this filter (defaults left out), without the leading '?'.</summary>
    public string ToQuery(bool withPage = true)
    {
        var parts = new List<string>();
        void Add(string key, string? value, string? unless = null)
        {
            if (!string.IsNullOrEmpty(value) && value != unless)
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
        Add("tab", Tab.ToString().ToLowerInvariant(), "todo");
        Add("process", Process);
        Add("q", Text);
        Add("overdue", OverdueOnly ? "1" : null);
        Add("claim", Claim.ToString().ToLowerInvariant(), "all");
        Add("sort", Sort.ToString().ToLowerInvariant(), "due");
        Add("page", withPage ? Page.ToString(CultureInfo.InvariantCulture) : null, "1");
        return string.Join("&", parts);
    }

    /// <summary>Reads a query string; unknown or malformed values fall back to the defaults (a link cannot break the page).</summary>
    public static TodoFilter Parse(string? query)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? Get(string key) => values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        var text = Get("q");
        return new TodoFilter
        {
            Tab = Enum.TryParse<TodoTab>(Get("tab"), true, out var tab) ? tab : TodoTab.Todo,
            Process = Get("process") is { Length: <= 200 } process ? process : null,
            Text = text is null ? null : text.Length > TextMax ? text[..TextMax] : text,
            OverdueOnly = Get("overdue") is "1" or "true",
            Claim = Enum.TryParse<TodoClaim>(Get("claim"), true, out var claim) ? claim : TodoClaim.All,
            Sort = Enum.TryParse<TodoSort>(Get("sort"), true, out var sort) ? sort : TodoSort.Due,
            Page = int.TryParse(Get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 10_000 ? page : 1,
        };
    }
}
