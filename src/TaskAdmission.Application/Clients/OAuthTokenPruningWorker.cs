using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Application.Clients;

/// <summary>
/// Deletes the stored entries of access tokens that can no longer be used: every token request of a department system
/// leaves a row in <c>oauth_tokens</c> (the API checks each token against it, so a disabled client stops at once), and
/// without pruning that table grows by one row per token for ever. OpenIddict's own pruning runs on Quartz, which we
/// do not host; this worker calls the same manager method on our polling base instead, with the same defaults
/// (hourly, entries older than <see cref="KeepFor"/>). The managers delete with set-based statements, so two nodes
/// pruning at once only find less to delete: no lease is needed.
/// </summary>
public sealed class OAuthTokenPruningWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OAuthTokenPruningWorker> log)
    : PollingBackgroundService(scopes, clock, log)
{
    /// <summary>An expired or revoked entry is kept this long (an operator can still see which client asked for it).</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(14);

    protected override bool Enabled => true;

    protected override TimeSpan PollInterval => TimeSpan.FromHours(1);

    protected override bool PollAtStart => false;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var (tokens, authorizations) = await PruneAsync(services, Time.GetUtcNow(), stoppingToken);
        if (tokens + authorizations > 0)
        {
            Logger.LogInformation("Pruned {Tokens} OAuth token entries and {Authorizations} authorisations older than {Days} days.", tokens, authorizations, KeepFor.TotalDays);
        }
        return false;
    }

    /// <summary>Removes the token entries (and ad-hoc authorisations) created before <c>now − KeepFor</c> that are expired, revoked or redeemed.</summary>
    public static async Task<(long Tokens, long Authorizations)> PruneAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var threshold = now - KeepFor;
        var tokens = await services.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, ct);
        var authorizations = await services.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, ct);
        return (tokens, authorizations);
    }
}
