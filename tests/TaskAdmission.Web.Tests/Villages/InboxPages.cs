using System.Net.Http.Headers;
using AngleSharp.Html.Parser;

namespace TaskAdmission.Web.Tests.Villages;

/// <summary>The village inbox page as a test reads it over HTTP: its HTML in one language, and the parts that must match.</summary>
internal static class InboxPages
{
    public static async Task<string> GetAsync(HttpClient client, string path, string language, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>The page's assignment cards and its done list (not the form's antiforgery token, new on every answer).</summary>
    public static string Cards(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        return string.Join("\n", page.QuerySelectorAll("article.ta-assignment, details").Select(e => e.OuterHtml));
    }
}
