using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TaskAdmission.Web.Security;

/// <summary>
/// Counts failed sign-ins per address and per user name (fixed windows of System.Threading.RateLimiting, kept in this
/// process: with several nodes each counts its own). Checked before any password work, so a throttled attempt costs
/// the server nearly nothing. Attempts from a browser the user signed in with before do not count against the user
/// name, so nobody can lock a user out of their own browser by failing on purpose elsewhere.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> addresses;
    private readonly PartitionedRateLimiter<string> userNames;

    public SignInThrottle(IOptions<AccountSecurityOptions> options)
    {
        var o = options.Value;
        addresses = Limiter(o.FailuresPerAddress, TimeSpan.FromMinutes(o.ThrottleWindowMinutes));
        userNames = Limiter(o.FailuresPerUserName, TimeSpan.FromMinutes(o.ThrottleWindowMinutes));
    }

    /// <summary>How long to wait before trying again, or null when an attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(string address, string userName, bool trustedDevice) =>
        Exhausted(addresses, address) ?? (trustedDevice ? null : Exhausted(userNames, Key(userName)));

    public void Failed(string address, string userName, bool trustedDevice)
    {
        addresses.AttemptAcquire(address).Dispose();
        if (!trustedDevice)
        {
            userNames.AttemptAcquire(Key(userName)).Dispose();
        }
    }

    public void Dispose()
    {
        addresses.Dispose();
        userNames.Dispose();
    }

    /// <summary>Asks for no permit: a failed lease means the window's permits are used up, and says until when.</summary>
    private static TimeSpan? Exhausted(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}
