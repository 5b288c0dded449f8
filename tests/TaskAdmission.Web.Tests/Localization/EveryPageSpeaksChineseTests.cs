using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Web.Tests.Localization;

/// <summary>
/// Every page the app maps, opened by every demo user in zh-CN over real HTTP: the parameterless pages from the route
/// table, and the pages behind links those pages show (so a page with an id is opened with a real one), a few per
/// route. No page may show a civil servant the app's internals: an enum member's name, a pre-check rule code outside
/// a &lt;code&gt; element, a sign-in name where the person has a display name, or an ASCII comma, colon or semicolon
/// between Chinese characters.
/// </summary>
public sealed partial class EveryPageSpeaksChineseTests(EveryPageApp fixture) : IClassFixture<EveryPageApp>
{
    private const int PagesPerRoute = 2;

    private static readonly string[] Skipped = ["code", "script", "style", "kbd", "samp"];

    /// <summary>Pages only a sign-in half done can show (the second factor's page sends everyone else to the login).</summary>
    private static readonly HashSet<string> NeedsPendingSignIn = ["/account/login-2fa"];

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]*")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}\s*[,:;]\s*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex AsciiPunctuationInChinese();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Expression();

    [Fact]
    public async Task EveryPage_AsEveryRole_ShowsNoEnumNameRuleCodeLoginOrAsciiPunctuation()
    {
        var routes = PageRoutes();
        var findings = new SortedSet<string>(StringComparer.Ordinal);
        var opened = new HashSet<string>();
        foreach (var user in DemoUsers.All)
        {
            var client = await fixture.App.SignedInClientAsync(user.UserName);
            var perRoute = new Dictionary<string, int>();
            var queue = new Queue<string>(routes.Where(r => !r.Pattern.Contains('{')).Select(r => r.Pattern));
            var visited = new HashSet<string>();
            while (queue.TryDequeue(out var path))
            {
                if (!visited.Add(path))
                {
                    continue;
                }
                var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }
                var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
                opened.Add(routes.First(r => r.Matches(path)).Pattern);
                foreach (var finding in Check(document))
                {
                    findings.Add($"{user.UserName} {path}: {finding}");
                }
                foreach (var link in Links(document))
                {
                    var route = routes.FirstOrDefault(r => r.Pattern.Contains('{') && r.Matches(link));
                    if (route is not null && !visited.Contains(link) && perRoute.GetValueOrDefault(route.Pattern) < PagesPerRoute)
                    {
                        perRoute[route.Pattern] = perRoute.GetValueOrDefault(route.Pattern) + 1;
                        queue.Enqueue(link);
                    }
                }
            }
        }

        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n{string.Join('\n', findings.Take(300))}");
        var unopened = routes.Select(r => r.Pattern).Where(p => !opened.Contains(p) && !p.Contains('{') && !NeedsPendingSignIn.Contains(p)).ToList();
        Assert.True(unopened.Count == 0, $"pages no role could open: {string.Join(", ", unopened)}");
        Assert.True(opened.Count(p => p.Contains('{')) >= 10, $"only these pages with ids were reached: {string.Join(", ", opened.Where(p => p.Contains('{')))}");
    }

    private IEnumerable<string> Check(IDocument document)
    {
        // An expression shown as syntax help ("如 ${township}") is code the reader types, not a word of the page.
        foreach (var text in VisibleTexts(document).Select(t => Expression().Replace(t, "")))
        {
            foreach (Match word in AsciiWord().Matches(text))
            {
                if (EnumNames.Contains(word.Value))
                {
                    yield return $"enum name \"{word.Value}\" in \"{Shorten(text)}\"";
                }
                if (LoginNames.Contains(word.Value))
                {
                    yield return $"login name \"{word.Value}\" in \"{Shorten(text)}\"";
                }
                if (RuleCodes.Contains(word.Value))
                {
                    yield return $"rule code \"{word.Value}\" outside <code> in \"{Shorten(text)}\"";
                }
            }
            if (AsciiPunctuationInChinese().Match(text) is { Success: true } punctuation)
            {
                yield return $"ASCII punctuation \"{punctuation.Value}\" in \"{Shorten(text)}\"";
            }
        }
    }

    /// <summary>
    /// Each text node a reader sees: not in code-like elements, scripts or styles, nor hidden from everyone, nor data
    /// marked as English (<c>lang="en"</c>, e.g. a field's English name kept beside its Chinese one).
    /// </summary>
    private static IEnumerable<string> VisibleTexts(IDocument document) =>
        document.Body!.Descendants<IText>()
            .Where(t => !t.Ancestors<IElement>().Any(e => Skipped.Contains(e.LocalName) || Hidden(e) || e.GetAttribute("lang") == "en"))
            .Select(t => t.Data.Trim())
            .Where(t => t.Length > 0);

    private static bool Hidden(IElement e) =>
        e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" || e.ClassList.Contains("d-none");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static IEnumerable<string> Links(IDocument document) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('?', '#')[0]);

    /// <summary>Names of the members of every enum in our assemblies (three letters or more).</summary>
    private static readonly HashSet<string> EnumNames =
        new[] { typeof(PrecheckOutcome).Assembly, typeof(TaskAdmission.Application.Admission.AdmissionService).Assembly, typeof(TaskAdmission.Workflows.Persistence.UserTaskRecord).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.IsPublic || t.IsNestedPublic && t.IsEnum)
            .SelectMany(Enum.GetNames).Where(n => n.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> LoginNames = [.. DemoUsers.All.Select(u => u.UserName), "system"];

    private static readonly HashSet<string> RuleCodes =
        typeof(PrecheckRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    private sealed record PageRoute(string Pattern, Regex Regex)
    {
        public bool Matches(string path) => Regex.IsMatch(path);
    }

    /// <summary>The Razor pages of the route table (minimal-API endpoints and fragments are not pages).</summary>
    private List<PageRoute> PageRoutes() =>
        fixture.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && e.RoutePattern.RawText is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Select(p => new PageRoute(p, new Regex("^" + Parameter().Replace(Regex.Escape(p).Replace(@"\{", "{"), "[^/]+") + "$")))
            .OrderBy(r => r.Pattern.Count(c => c == '{'))
            .ToList();
}
