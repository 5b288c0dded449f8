using Microsoft.Extensions.Caching.Memory;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Identity;

/// <summary>
/// API keys this process verified, keyed by the SHA-256 of the presented key (a presented key that does not hash to an
/// entry is looked up in the database as before; failures are never kept). An entry is served only while the
/// database's change notifications are proved live and no key changed since it was read: revoking, re-dating or
/// deleting a key on any node sends 'keys' (migration ReadCacheSignals) and this process's own commits signal at once,
/// so the old key stops at once everywhere. Expiry is checked on every use; entries also age out after
/// <see cref="TimeToLive"/>.
/// </summary>
public sealed class ApiKeyCache(VillageInboxCache feed) : IDisposable
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>A verified key, and when its last use was written (per minute, as <see cref="ApiKeyService"/> does).</summary>
    public sealed class Entry(ApiKey key, long generation)
    {
        public ApiKey Key { get; } = key;
        public long Generation { get; } = generation;
        public long LastUsedTicks = key.LastUsedAtUtc?.Ticks ?? 0;
    }

    /// <summary>The entry of a presented key's hash, or null; never for a failed or unverified key.</summary>
    public Entry? Find(string presentedHash) =>
        feed.IsLive && entries.TryGetValue(presentedHash, out Entry? entry) && entry!.Generation == feed.Generation(VillageInboxCache.KeysChanged)
            ? entry
            : null;

    /// <summary>Taken before the database read of a key: <see cref="Store"/> keeps the result only if no key changed since.</summary>
    public (bool Live, long Generation) Begin() => (feed.IsLive, feed.Generation(VillageInboxCache.KeysChanged));

    /// <summary>Keeps a key that was just verified against its stored hash.</summary>
    public void Store((bool Live, long Generation) ticket, string presentedHash, ApiKey key)
    {
        if (ticket.Live && feed.IsLive && feed.Generation(VillageInboxCache.KeysChanged) == ticket.Generation)
        {
            entries.Set(presentedHash, new Entry(key, ticket.Generation), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeToLive });
        }
    }

    public void Dispose() => entries.Dispose();
}
