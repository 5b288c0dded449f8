using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// One value read from the database and shared by this process's requests while <paramref name="feed"/> says nothing it
/// was read from changed: served only while the notification path is proved live, the <paramref name="marker"/>'s
/// generation is the one it was read under and it is younger than <paramref name="maxAge"/>. A value read while the
/// generation was g is kept only if it still is g after the read (a read racing a change never outlives the change's
/// notification), and a read inside a transaction — which may see that transaction's own uncommitted change — is used
/// but never kept. Fails closed: on SQLite, or while the listener is not proved live, every call reads.
/// </summary>
public sealed class SignalledValue<T>(VillageInboxCache feed, string marker, TimeSpan maxAge) where T : class
{
    private volatile Held? held;

    private sealed record Held(T Value, long Generation, long StoredAt);

    public async Task<T> GetAsync(AppDbContext db, Func<Task<T>> load)
    {
        var live = feed.IsLive;
        var generation = feed.Generation(marker);
        if (live && held is { } h && h.Generation == generation && Environment.TickCount64 - h.StoredAt < (long)maxAge.TotalMilliseconds)
        {
            return h.Value;
        }
        var value = await load();
        if (live && db.Database.CurrentTransaction is null && feed.IsLive && feed.Generation(marker) == generation)
        {
            held = new Held(value, generation, Environment.TickCount64);
        }
        return value;
    }
}
