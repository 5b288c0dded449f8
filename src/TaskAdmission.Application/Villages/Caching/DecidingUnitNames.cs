using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// The names of every unit above the villages (city, districts, counties, townships, streets), joined as
/// <see cref="AssignmentRow.UnitNames"/> joins them, for the village inbox's miss: a decision is made by such a unit, so
/// its names come from here instead of a look-up per row in the miss's statement (issue 20: 30 of the statement's 101
/// PostgreSQL buffers). Shared by this process's requests while the notification path says no org unit changed
/// (<see cref="SignalledValue{T}"/> on <see cref="VillageInboxCache.OrgChanged"/>); an org change also clears every cached
/// inbox, so no entry shows a name older than the change's notification.
/// </summary>
/// <remarks>
/// Null while the cache is not live (SQLite, the listener not proved) and inside a transaction (which may see its own
/// uncommitted change): the statement then looks the names up itself, as before. A few hundred units in a real city; the
/// villages, which never decide, are left out (10,000 of them on the benchmarks' city).
/// </remarks>
public sealed class DecidingUnitNames(VillageInboxCache feed)
{
    private readonly SignalledValue<IReadOnlyDictionary<string, string>> names = new(feed, VillageInboxCache.OrgChanged, VillageInboxCache.MaxAge);

    public async Task<IReadOnlyDictionary<string, string>?> GetAsync(AppDbContext db, CancellationToken ct)
    {
        if (!feed.IsLive || db.Database.CurrentTransaction is not null)
        {
            return null;
        }
        return await names.GetAsync(db, async () => await AssignmentQueries.UnitNamesAsync(
            db.OrgUnits.Where(u => u.Kind != OrgUnitKind.Village && u.Kind != OrgUnitKind.Community), ct));
    }
}
