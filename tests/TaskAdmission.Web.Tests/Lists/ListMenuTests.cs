using System.Security.Claims;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Components.Layout;

namespace TaskAdmission.Web.Tests.Lists;

/// <summary>The lists menu section: browsing and diffs for everyone signed in, management for list administrators.</summary>
public sealed class ListMenuTests
{
    private static List<string> Links(string role) =>
        MenuCatalogue.For(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test")))
            .SelectMany(s => s.Items).Select(i => i.Href).ToList();

    [Fact]
    public void Menu_OffersListManagement_ToListAdministrator()
    {
        Assert.Superset(new HashSet<string> { "/lists", "/lists/diff", "/lists/admin", "/lists/admin/import" }, Links(AppRoles.ListAdministrator).ToHashSet());
    }

    [Theory]
    [InlineData(AppRoles.VillageCommittee)]
    [InlineData(AppRoles.TownshipApprover)]
    [InlineData(AppRoles.SystemAdministrator)]
    public void Menu_OffersBrowsingButNotManagement_ToOtherRoles(string role)
    {
        var links = Links(role);

        Assert.Contains("/lists", links);
        Assert.DoesNotContain(links, l => l.StartsWith("/lists/admin", StringComparison.Ordinal));
    }
}
