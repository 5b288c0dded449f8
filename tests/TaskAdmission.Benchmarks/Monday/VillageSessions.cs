using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// Sign-in cookies for every village user, made as the login form makes them (the app's claims factory, its cookie
/// options and its data-protection key ring in the database), so any node of the app accepts them. Only the harness
/// does this, with its own host on the same database; the app has no such path.
/// </summary>
public static class VillageSessions
{
    public const string CookieName = "ta.auth";

    /// <summary>The villages' cookies as the Monday traffic keeps them: replaced concurrently when the app renews one.</summary>
    public static async Task<ConcurrentDictionary<string, string>> MintSharedAsync(IServiceProvider services, IEnumerable<string> villages) =>
        new(await MintAsync(services, villages), StringComparer.Ordinal);

    public static async Task<Dictionary<string, string>> MintAsync(IServiceProvider services, IEnumerable<string> villages)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var options = sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var names = villages.ToDictionary(MondayCity.VillageUser);
        var users = await sp.GetRequiredService<AppDbContext>().Users.AsNoTracking().Where(u => names.Keys.Contains(u.UserName!)).ToListAsync();
        var cookies = new Dictionary<string, string>(users.Count);
        var now = DateTimeOffset.UtcNow;
        foreach (var user in users)
        {
            var principal = await factory.CreateAsync(user);
            var ticket = new AuthenticationTicket(principal,
                new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.ExpireTimeSpan }, IdentityConstants.ApplicationScheme);
            cookies[names[user.UserName!]] = options.TicketDataFormat.Protect(ticket);
        }
        return cookies;
    }
}
