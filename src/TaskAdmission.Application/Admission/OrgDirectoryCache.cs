using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// The org tree, read once and shared by every request of this process while the database's change notifications say
/// it is unchanged: <see cref="VillageInboxCache"/>'s listener carries 'org' for any change to org units or departments
/// on any node, and this process's own commits signal at once (<see cref="VillageInboxWriteInterceptor"/>). Fails
/// closed: on SQLite, or while the listener is not proved live, every call reads the tree (as before the cache).
/// </summary>
/// <remarks>One value (<see cref="SignalledValue{T}"/>). The units are shared between requests: treat them as immutable.</remarks>
public sealed class OrgDirectoryCache(VillageInboxCache feed)
{
    private readonly SignalledValue<OrgDirectory> tree = new(feed, VillageInboxCache.OrgChanged, VillageInboxCache.MaxAge);

    public Task<OrgDirectory> GetAsync(AppDbContext db, CancellationToken ct = default) =>
        tree.GetAsync(db, () => OrgDirectory.LoadAsync(db, ct));
}
