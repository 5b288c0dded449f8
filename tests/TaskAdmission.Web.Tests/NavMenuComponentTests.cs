using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Components.Layout;

namespace TaskAdmission.Web.Tests;

/// <summary>The menu rendered by the real component (bUnit), per role and per language.</summary>
public sealed class NavMenuComponentTests : IDisposable
{
    private readonly BunitContext context = new();
    private readonly (CultureInfo, CultureInfo) previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public NavMenuComponentTests() => context.Services.AddLocalization();

    public void Dispose()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        context.Dispose();
    }

    private IRenderedComponent<NavMenu> Render(string role, string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role)], "test"));
        return context.Render<NavMenu>(p => p.Add(m => m.User, user));
    }

    private static List<string> Links(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a[data-menu]").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void NavMenu_ShowsAdministration_ToSystemAdministrator()
    {
        var menu = Render(AppRoles.SystemAdministrator, "zh-CN");

        Assert.Contains("/admin/users", Links(menu));
        Assert.Contains("/admin/workflows/definitions", Links(menu));
        Assert.Contains(menu.FindAll("a"), a => a.TextContent == "组织机构");
    }

    [Theory]
    [InlineData(AppRoles.TownshipApprover)]
    [InlineData(AppRoles.VillageCommittee)]
    [InlineData(AppRoles.DepartmentSubmitter)]
    public void NavMenu_HidesAdministration_FromOtherRoles(string role)
    {
        var menu = Render(role, "zh-CN");

        Assert.DoesNotContain(Links(menu), l => l.StartsWith("/admin", StringComparison.Ordinal));
        Assert.Contains("/account/change-password", Links(menu));
        Assert.Contains("/tasks", Links(menu));
    }

    [Fact]
    public void NavMenu_SpeaksEnglish_WhenCultureIsEnglish()
    {
        var menu = Render(AppRoles.SystemAdministrator, "en");

        Assert.Contains(menu.FindAll("a"), a => a.TextContent == "Org units");
        Assert.DoesNotContain(menu.FindAll("a"), a => a.TextContent == "组织机构");
    }
}
