using TaskAdmission.Application.Identity;

namespace TaskAdmission.Application.Tests.Identity;

/// <summary>
/// Issue 20: stamps read in one burst (10,000 villages signing in in one morning) age out over minutes, not in the same
/// seconds, and never later than the cache's time to live.
/// </summary>
public sealed class SecurityStampLifetimeTests
{
    [Fact]
    public void StampsReadTogether_AgeOutSpreadOverFiveMinutes_NeverPastTenMinutes()
    {
        var lifetimes = Enumerable.Range(0, 10_000).Select(i => SecurityStampCache.LifetimeOf($"village-user-{i:D5}")).ToList();

        Assert.All(lifetimes, l => Assert.InRange(l, SecurityStampCache.TimeToLive - SecurityStampCache.ExpirySpread, SecurityStampCache.TimeToLive));
        // Each of the spread's five minutes takes its share of the users: no minute holds more than a quarter of them.
        var perMinute = lifetimes.GroupBy(l => (int)(SecurityStampCache.TimeToLive - l).TotalMinutes).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, perMinute.Count);
        Assert.All(perMinute.Values, n => Assert.InRange(n, 1_500, 2_500));
        // One user's lifetime is one figure (each reading of the stamp is kept as long).
        Assert.Equal(SecurityStampCache.LifetimeOf("village-user-00042"), SecurityStampCache.LifetimeOf("village-user-00042"));
    }
}
