using System.Net;
using System.Text.RegularExpressions;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>Security headers on every kind of response, and markup that a script-src 'self' policy can run.</summary>
public sealed partial class SecurityHeadersTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/api/v1/me", HttpStatusCode.Unauthorized)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.Redirect)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for Production over HTTPS only");
    }

    [Fact]
    public void NoRazorFile_HasInlineScriptOrEventHandlers()
    {
        var offenders = Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => InlineScript().IsMatch(l.Text) || EventHandler().IsMatch(l.Text) || l.Text.Contains("hx-on", StringComparison.Ordinal)
                || l.Text.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "inline script the Content-Security-Policy blocks (move it to wwwroot/js):\n" + string.Join('\n', offenders));
    }

    /// <summary>
    /// A script element without a src attribute — except a JSON data block (type="application/json"), which a browser
    /// never runs and the policy therefore does not govern (chart data is handed to wwwroot/js that way).
    /// </summary>
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*\btype=""application/json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    /// <summary>An HTML event-handler attribute (onclick="…"); Blazor's @onsubmit directives are not attributes in the output.</summary>
    [GeneratedRegex(@"(?<![@\w-])on[a-z]+\s*=\s*[""']")]
    private static partial Regex EventHandler();
}
