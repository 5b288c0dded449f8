using System.Globalization;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Components.Layout;

namespace TaskAdmission.Web.Tests;

/// <summary>The menu rendered by the real component (HtmlRenderer), per role and per language.</summary>
public sealed class NavMenuComponentTests
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RenderAsync(string role, string culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role)], "test"));
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<NavMenu>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["User"] = user }))).ToHtmlString());
            return new HtmlParser().ParseDocument(html);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("a[data-menu]").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task NavMenu_ShowsAdministration_ToSystemAdministrator()
    {
        var doc = await RenderAsync(AppRoles.SystemAdministrator, "zh-CN");

        Assert.Contains("/admin/users", Links(doc));
        Assert.Contains("/admin/api-keys", Links(doc));
        Assert.Contains(doc.QuerySelectorAll("a"), a => a.TextContent == "组织机构");
    }

    [Theory]
    [InlineData(AppRoles.TownshipApprover)]
    [InlineData(AppRoles.VillageCommittee)]
    [InlineData(AppRoles.DepartmentSubmitter)]
    public async Task NavMenu_HidesAdministration_FromOtherRoles(string role)
    {
        var doc = await RenderAsync(role, "zh-CN");

        Assert.DoesNotContain(Links(doc), l => l.StartsWith("/admin", StringComparison.Ordinal));
        Assert.Contains("/account/change-password", Links(doc));
    }

    [Fact]
    public async Task NavMenu_SpeaksEnglish_WhenCultureIsEnglish()
    {
        var doc = await RenderAsync(AppRoles.SystemAdministrator, "en");

        Assert.Contains(doc.QuerySelectorAll("a"), a => a.TextContent == "Org units");
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => a.TextContent == "组织机构");
    }
}
