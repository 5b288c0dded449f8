using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// The org tree, read once and shared by every request of this process while the database's change notifications say
/// it is unchanged: <see cref="VillageInboxCache"/>'s listener carries 'org' for any change to org units or departments
/// on any node, and this process's own commits signal at once (<see cref="VillageInboxWriteInterceptor"/>). Fails
/// closed: on SQLite, or while the listener is not proved live, every call reads the tree (as before the cache).
/// </summary>
/// <remarks>
/// One value, so a field and a generation rather than a keyed cache: a tree read while the generation was g is kept
/// only if it still is g after the read, so a read racing a change never outlives the change's notification. The
/// units are shared between requests: treat them as immutable.
/// </remarks>
public sealed class OrgDirectoryCache(VillageInboxCache feed)
{
    private Entry? entry;

    private sealed record Entry(OrgDirectory Org, long Generation, long StoredAt);

    public async Task<OrgDirectory> GetAsync(AppDbContext db, CancellationToken ct = default)
    {
        var live = feed.IsLive;
        var generation = feed.Generation(VillageInboxCache.OrgChanged);
        if (live && Volatile.Read(ref entry) is { } e && e.Generation == generation
            && Environment.TickCount64 - e.StoredAt < (long)VillageInboxCache.MaxAge.TotalMilliseconds)
        {
            return e.Org;
        }
        var org = await OrgDirectory.LoadAsync(db, ct);
        // A read inside a transaction may see that transaction's own uncommitted org changes: use it, never keep it.
        if (live && db.Database.CurrentTransaction is null && feed.IsLive && feed.Generation(VillageInboxCache.OrgChanged) == generation)
        {
            Volatile.Write(ref entry, new Entry(org, generation, Environment.TickCount64));
        }
        return org;
    }
}
